# A task inside gather fails after a sleep: the traceback runs through
# main's await of gather into the task's coroutine.
import asyncio


def scale(n, factor):
    return n / factor


async def work(n):
    await asyncio.sleep(0.1 * n)
    return scale(n, 0) + [1, 2][n]


async def main():
    results = await asyncio.gather(work(1), work(2))
    print(results)

asyncio.run(main())
