# gotcha 13: arguments and f-string parts are evaluated before the await in the same expression
import asyncio


async def value(v, d):
    await asyncio.sleep(d)
    return v


async def main():
    loop = asyncio.get_running_loop()
    print(f"t={loop.time()} then {await value('x', 1)} at {loop.time()}")
    total = loop.time() + await value(10, 0.5) + loop.time()
    print(total)
    print("args:", loop.time(), await value("y", 0.25), loop.time())
    d = {await value("k", 0.1): [await value(i, 0.1) for i in range(2)]}
    print(d, loop.time())


asyncio.run(main())
