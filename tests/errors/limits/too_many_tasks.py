import asyncio

async def worker():
    await asyncio.sleep(1)

async def main():
    tasks = [asyncio.create_task(worker()) for _ in range(1000)]
    await asyncio.gather(*tasks)

asyncio.run(main())
