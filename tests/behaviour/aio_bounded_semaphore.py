# BoundedSemaphore: releasing too many times raises ValueError with CPython's message
import asyncio


async def main():
    bs = asyncio.BoundedSemaphore(1)
    async with bs:
        print("inside")
    try:
        bs.release()
    except ValueError as e:
        print("ValueError:", e)
    s = asyncio.Semaphore(1)
    s.release()
    print("plain Semaphore allows it; locked?", s.locked())


asyncio.run(main())
