# await asyncio.sleep(0) yields exactly one loop iteration: two tasks alternate step by step
import asyncio


async def ticker(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)


async def main():
    await asyncio.gather(ticker("A", 3), ticker("B", 4), ticker("C", 2))
    print("done")


asyncio.run(main())
