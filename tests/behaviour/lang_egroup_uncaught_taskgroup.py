# An uncaught group from asyncio.run: the traceback printed in boxes.
import asyncio


async def boom(n):
    await asyncio.sleep(0.1 * n)
    raise RuntimeError(f"task {n} exploded")


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(boom(1))
        tg.create_task(boom(1))
    print("never here")


asyncio.run(main())
