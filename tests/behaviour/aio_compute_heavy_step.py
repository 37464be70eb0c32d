"""A coroutine that computes for a long time without awaiting blocks the
loop, but it is still correct Python: from the command line it just takes
its time, as under CPython (the app guards its UI another way)."""
import asyncio


async def crunch(n):
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


async def ticker():
    for k in range(3):
        print("tick", k)
        await asyncio.sleep(0)


async def main():
    results = await asyncio.gather(crunch(1_500_000), ticker())
    print("crunched", results[0])


asyncio.run(main())
