import asyncio


async def main():
    barrier = asyncio.Barrier(2)
    await barrier.abort()
    await barrier.wait()


asyncio.run(main())
