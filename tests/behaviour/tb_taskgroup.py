# A TaskGroup's ExceptionGroup: carets inside the boxes.
import asyncio


async def worker(n):
    await asyncio.sleep(n)
    table = {}
    return table[n] + 1


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(worker(1))
        tg.create_task(worker(2))

asyncio.run(main())
