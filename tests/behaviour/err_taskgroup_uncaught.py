# an uncaught ExceptionGroup from a TaskGroup: CPython prints the group's tree
import asyncio


async def fails():
    await asyncio.sleep(0.1)
    raise ValueError("child failed")


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fails())
    print("never printed")


asyncio.run(main())
