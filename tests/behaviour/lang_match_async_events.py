# A consumer matching JSON-shaped events taken from an asyncio.Queue.
import asyncio


async def producer(queue):
    events = [
        {"type": "login", "user": "ann"},
        {"type": "message", "user": "ann", "text": "hi all"},
        {"type": "message", "user": "bob", "text": ""},
        {"type": "move", "user": "bob", "to": [3, 4]},
        {"type": "move", "user": "ann", "to": [1, 2, 3]},
        {"type": "logout", "user": "ann", "reason": None},
        {"type": "ping"},
        {"type": "logout", "user": "bob", "reason": "idle"},
        ["not", "a", "dict"],
        None,
    ]
    for ev in events:
        await asyncio.sleep(0.1)
        await queue.put(ev)


async def consumer(queue):
    online = set()
    while True:
        ev = await queue.get()
        match ev:
            case None:
                print("stop")
                queue.task_done()
                return sorted(online)
            case {"type": "login", "user": str(user)}:
                online.add(user)
                print(f"{user} joined ({len(online)} online)")
            case {"type": "message", "user": user, "text": ""}:
                print(f"{user} sent an empty message")
            case {"type": "message", "user": user, "text": str(text)}:
                print(f"<{user}> {text}")
            case {"type": "move", "user": user, "to": [x, y]}:
                print(f"{user} moves to ({x}, {y})")
            case {"type": "move", "to": [*coords]}:
                print(f"bad move with {len(coords)} coordinates")
            case {"type": "logout", "user": user, "reason": None}:
                online.discard(user)
                print(f"{user} left")
            case {"type": "logout", "user": user, "reason": reason}:
                online.discard(user)
                print(f"{user} left: {reason}")
            case {"type": kind}:
                print(f"ignored event {kind!r}")
            case other:
                print(f"garbage: {other!r}")
        queue.task_done()


async def main():
    queue = asyncio.Queue()
    prod = asyncio.create_task(producer(queue))
    left = await consumer(queue)
    await prod
    print("still online:", left)
    print("time", round(asyncio.get_running_loop().time(), 2))


asyncio.run(main())
