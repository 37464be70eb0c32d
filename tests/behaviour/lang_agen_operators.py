# Composable async stream operators built from async generators.
import asyncio

async def arange(n, delay=0.1):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i

async def amap(func, source):
    async for x in source:
        yield func(x)

async def afilter(pred, source):
    async for x in source:
        if pred(x):
            yield x

async def atake(n, source):
    if n <= 0:
        return
    async for x in source:
        yield x
        n -= 1
        if n == 0:
            break

async def abatch(size, source):
    batch = []
    async for x in source:
        batch.append(x)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch

async def main():
    squares = amap(lambda x: x * x, arange(10))
    odd = afilter(lambda x: x % 2, squares)
    print([x async for x in atake(3, odd)])
    async for b in abatch(4, arange(10, 0.05)):
        print(f"{asyncio.get_running_loop().time():.2f} batch {b}")
    print([x async for x in atake(0, arange(3))])
    total = 0
    async for x in amap(str, afilter(lambda v: v > 5, arange(8, 0))):
        total += len(x)
    print("digits:", total)
    await asyncio.sleep(0)

asyncio.run(main())
