# A generator expression with `await` or `async for` is an async generator,
# and may be created in a plain function too (awaited later by async code).
import asyncio

async def fetch_price(item):
    await asyncio.sleep(0.1)
    return {"tea": 3, "cake": 5, "jam": 4}.get(item, 0)

def price_stream(items):
    return (await fetch_price(i) for i in items)

def expensive(stream, limit):
    return (p async for p in stream if p > limit)

async def main():
    prices = price_stream(["tea", "cake", "jam", "bread"])
    print(type(prices).__name__)
    print([p async for p in prices], asyncio.get_running_loop().time())
    print([p async for p in expensive(price_stream(["tea", "cake", "jam"]), 3)])
    totals = (x + 1 for x in range(3) if await fetch_price("tea") > 2)
    print(sum([t async for t in totals]))
    labelled = {f"#{n}": p async for n, p in aenumerate(price_stream(["jam", "tea"]))}
    print(labelled, asyncio.get_running_loop().time())

async def aenumerate(source, start=1):
    n = start
    async for item in source:
        yield n, item
        n += 1

asyncio.run(main())
