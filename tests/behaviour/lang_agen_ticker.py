# An async ticker generator consumed with `async for`.
import asyncio

async def ticker(interval, count):
    loop = asyncio.get_running_loop()
    start = loop.time()
    for n in range(count):
        await asyncio.sleep(interval)
        yield n, round(loop.time() - start, 3)

async def slow_consumer():
    async for n, elapsed in ticker(0.5, 4):
        print(f"tick {n} at +{elapsed}s")
        if n % 2:
            await asyncio.sleep(0.25)

async def main():
    await slow_consumer()
    print("second ticker, concurrently with a sleeper")
    async def sleeper():
        await asyncio.sleep(0.7)
        print("sleeper woke")
    task = asyncio.create_task(sleeper())
    async for n, elapsed in ticker(0.3, 3):
        print("fast tick", n, elapsed)
    await task

asyncio.run(main())
