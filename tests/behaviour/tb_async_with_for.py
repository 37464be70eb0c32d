# async with / async for: errors in __aexit__ and __anext__.
import asyncio


class Ticks:
    def __init__(self):
        self.n = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        self.n += 1
        await asyncio.sleep(0.1)
        return 10 // (2 - self.n)


class Session:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return None.closed


async def main():
    try:
        async for t in Ticks():
            print("tick", t)
    except ZeroDivisionError:
        async with Session():
            print("inside")

asyncio.run(main())
