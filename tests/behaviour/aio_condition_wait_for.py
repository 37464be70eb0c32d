# Condition.wait_for(predicate) re-checks after every notify
import asyncio


async def main():
    cond = asyncio.Condition()
    state = {"n": 0}

    async def watcher():
        async with cond:
            await cond.wait_for(lambda: state["n"] >= 3)
            print("watcher sees n =", state["n"])

    t = asyncio.create_task(watcher())
    for _ in range(4):
        await asyncio.sleep(0.1)
        async with cond:
            state["n"] += 1
            print("n ->", state["n"])
            cond.notify_all()
    await t


asyncio.run(main())
