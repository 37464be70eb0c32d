# await inside list/dict comprehensions and in loops over results
import asyncio


async def double(x):
    await asyncio.sleep(0.1)
    return x * 2


async def main():
    loop = asyncio.get_running_loop()
    seq = [await double(i) for i in range(3)]
    print(seq, f"{loop.time():.1f}")
    d = {i: await double(i) for i in range(2) if i >= 0}
    print(d, f"{loop.time():.1f}")
    tasks = [asyncio.create_task(double(i)) for i in range(3)]
    print([await t for t in tasks], f"{loop.time():.1f}")


asyncio.run(main())
