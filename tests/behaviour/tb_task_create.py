# A created task fails; awaiting it re-raises in main.
import asyncio


async def worker(n):
    await asyncio.sleep(n)
    items = [1, 2]
    return items[n * 5]


async def main():
    task = asyncio.create_task(worker(1))
    result = await task
    print(result)

asyncio.run(main())
