# bound methods as values: callbacks, create_task of a method coroutine
import asyncio


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, by):
        self.n += by
        print("bump", by, "->", self.n)

    async def run(self, times):
        for _ in range(times):
            await asyncio.sleep(0.1)
            self.bump(1)
        return self.n


async def main():
    c = Counter()
    loop = asyncio.get_running_loop()
    f = c.bump
    loop.call_soon(f, 10)
    loop.call_later(0.15, c.bump, 100)
    print(await asyncio.create_task(c.run(3)))


asyncio.run(main())
