# gotcha 1: eight tasks sleeping the same amount wake in heapq's order, not FIFO
import asyncio


async def sleeper(i):
    await asyncio.sleep(1)
    print("woke", i)


async def main():
    await asyncio.gather(*(sleeper(i) for i in range(8)))


asyncio.run(main())
