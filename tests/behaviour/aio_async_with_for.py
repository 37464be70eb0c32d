# async with (__aenter__/__aexit__) and async for (__aiter__/__anext__) on user classes
import asyncio


class Connection:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(0.1)
        print("open", self.name)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.1)
        print("close", self.name, exc_type.__name__ if exc_type else "cleanly")
        return False


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        await asyncio.sleep(0.2)
        self.n -= 1
        return self.n


async def main():
    async with Connection("db") as c:
        print("using", c.name)
    try:
        async with Connection("flaky"):
            raise RuntimeError("query failed")
    except RuntimeError as e:
        print("error after close:", e)
    async for v in Countdown(3):
        print("tick", v, asyncio.get_running_loop().time())


asyncio.run(main())
