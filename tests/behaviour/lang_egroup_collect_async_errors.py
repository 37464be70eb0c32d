# Running checks concurrently and reporting all failures at once: a
# hand-built group from gather(return_exceptions=True), split by kind.
import asyncio


async def check(host):
    await asyncio.sleep(len(host) * 0.01)
    if host.endswith(".bad"):
        raise ConnectionError(f"{host} refused")
    if host.startswith("slow"):
        raise TimeoutError(f"{host} timed out")
    return f"{host} ok"


async def main():
    hosts = ["a.example", "b.bad", "slow.example", "c.example", "d.bad"]
    results = await asyncio.gather(*(check(h) for h in hosts), return_exceptions=True)
    errors = [r for r in results if isinstance(r, Exception)]
    print([r for r in results if not isinstance(r, Exception)])
    if errors:
        eg = ExceptionGroup("health check", errors)
        conn, rest = eg.split(ConnectionError)
        print("connection:", [str(e) for e in conn.exceptions])
        print("other:", [str(e) for e in rest.exceptions])
        try:
            raise eg
        except* TimeoutError as t:
            print("timeouts handled:", len(t.exceptions))
        except* ConnectionError as c:
            print("refusals handled:", len(c.exceptions))
    print(f"{asyncio.get_running_loop().time():.2f}")


asyncio.run(main())
