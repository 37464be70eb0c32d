# A producer nobody consumes: the queue's deque grows until MemoryError.
import asyncio


async def main():
    q = asyncio.Queue()
    n = 0
    while True:
        q.put_nowait(n)
        n += 1
        if n % 1000 == 0:
            await asyncio.sleep(0)


asyncio.run(main())
