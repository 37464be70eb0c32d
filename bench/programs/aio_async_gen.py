"""Benchmark (asyncio): async generators consumed with `async for`,
async comprehensions, chained async generators and sleeps between items."""
import asyncio


async def ticks(n, step):
    for i in range(n):
        if i % 50 == 0:
            await asyncio.sleep(step)
        yield i


async def scaled(src, k):
    async for x in src:
        yield x * k


async def windowed(src, size):
    window = []
    async for x in src:
        window.append(x)
        if len(window) == size:
            yield sum(window)
            window.clear()


async def consume(ident):
    total = 0
    async for s in windowed(scaled(ticks(2000, 0.001), ident), 10):
        total += s
    evens = [x async for x in ticks(500, 0.002) if x % 2 == 0]
    return total + len(evens)


async def main():
    results = await asyncio.gather(*(consume(i) for i in range(40)))
    print("sum", sum(results), "time %.3f" % asyncio.get_running_loop().time())


asyncio.run(main())
