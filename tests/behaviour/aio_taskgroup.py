# TaskGroup: waits for all children; a failure cancels the sibling and raises ExceptionGroup
import asyncio


async def child(name, d, fail=False):
    try:
        await asyncio.sleep(d)
        if fail:
            raise ValueError(f"{name} failed")
        print(name, "done")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled by the group")
        raise


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(child("one", 0.2))
        t2 = tg.create_task(child("two", 0.1))
        print("body done, children still running")
    print("results", t1.result(), t2.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("bad", 0.1, fail=True))
            tg.create_task(child("sibling", 1))
    except ExceptionGroup as eg:
        print("ExceptionGroup:", eg)
        print([repr(e) for e in eg.exceptions])
    print("at", asyncio.get_running_loop().time())


asyncio.run(main())
