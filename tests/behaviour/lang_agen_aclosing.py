# Making sure an async generator is closed: an `aclosing` context manager
# written by hand (contextlib.aclosing does the same).
import asyncio

class aclosing:
    def __init__(self, thing):
        self.thing = thing
    async def __aenter__(self):
        return self.thing
    async def __aexit__(self, *exc_info):
        await self.thing.aclose()

async def lines(name):
    print(f"open {name}")
    try:
        for i in range(1, 100):
            await asyncio.sleep(0.01)
            yield f"{name} line {i}"
    finally:
        await asyncio.sleep(0.05)
        print(f"close {name} at {asyncio.get_running_loop().time():.2f}")

async def head(name, n):
    async with aclosing(lines(name)) as src:
        async for line in src:
            print(line)
            if line.endswith(str(n)):
                return "early return"

async def main():
    print(await head("a.txt", 2))
    try:
        async with aclosing(lines("b.txt")) as src:
            async for line in src:
                raise ValueError(f"cannot parse {line!r}")
    except ValueError as e:
        print("error:", e)
    print("done at", asyncio.get_running_loop().time())

asyncio.run(main())
