# Guards may await; captures made before a failing guard stay bound; match
# works inside coroutines driven by the event loop at virtual times.
import asyncio

LIMITS = {"alice": 3, "bob": 1}
usage = {}


async def allowed(user):
    await asyncio.sleep(0.05)
    usage[user] = usage.get(user, 0) + 1
    return usage[user] <= LIMITS.get(user, 0)


async def handle(request):
    match request:
        case ("read", user, path) if await allowed(user):
            return f"{user} reads {path}"
        case ("read", user, _):
            return f"{user} is over the limit"
        case ("write", user, path, data) if user == "alice":
            await asyncio.sleep(0.1)
            return f"alice wrote {len(data)} bytes to {path}"
        case ("write", *_):
            return "writes are for alice"
        case _:
            return "bad request"


async def main():
    loop = asyncio.get_running_loop()
    reqs = [
        ("read", "alice", "/a"),
        ("read", "bob", "/b"),
        ("read", "bob", "/c"),
        ("write", "alice", "/d", b"hello"),
        ("write", "bob", "/e", b"x"),
        ("read", "carol", "/f"),
        ("delete", "alice"),
    ]
    for r in reqs:
        print(f"{loop.time():.2f}", await handle(r))
    results = await asyncio.gather(*(handle(("read", "alice", f"/{i}")) for i in range(3)))
    print(f"{loop.time():.2f}", results)


asyncio.run(main())
