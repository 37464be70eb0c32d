# Catching MemoryError and going on filling the queue: the run is ended.
import asyncio


async def main():
    q = asyncio.Queue()
    n = 0
    while True:
        try:
            q.put_nowait(n)
        except MemoryError:
            pass
        n += 1
        if n % 1000 == 0:
            await asyncio.sleep(0)


asyncio.run(main())
