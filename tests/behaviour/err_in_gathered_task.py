# an error in one gathered task propagates out of asyncio.run
import asyncio


async def fine(n):
    await asyncio.sleep(n)
    print("fine", n)


async def broken():
    await asyncio.sleep(0.25)
    raise IndexError("list of work is empty")


async def main():
    await asyncio.gather(fine(0.1), broken(), fine(0.5))


asyncio.run(main())
