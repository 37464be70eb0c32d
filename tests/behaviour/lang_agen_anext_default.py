# anext() with and without a default, aiter(), and their errors.
import asyncio

async def letters():
    for ch in "ab":
        await asyncio.sleep(0.1)
        yield ch

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0)
        return self.n

async def main():
    it = aiter(letters())
    print(await anext(it), await anext(it))
    print(await anext(it, "default"))
    print(await anext(it, None))
    try:
        await anext(it)
    except StopAsyncIteration as e:
        print("StopAsyncIteration", repr(e))
    cd = Countdown(2)
    print(aiter(cd) is cd)
    print([await anext(cd, "end") for _ in range(4)])
    for bad in [[1, 2], "text"]:
        try:
            anext(bad)
        except TypeError as e:
            print("TypeError:", e)
    try:
        aiter(42)
    except TypeError as e:
        print("TypeError:", e)
    aw = anext(letters(), "x")
    print(type(aw).__name__)
    print(await aw)

asyncio.run(main())
