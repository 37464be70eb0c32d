# asyncio.sleep(delay, result) returns result; float delays accumulate on the virtual clock
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    v = await asyncio.sleep(0.1, result="first")
    print(v, loop.time())
    v = await asyncio.sleep(0.2, "second")
    print(v, loop.time())
    v = await asyncio.sleep(0)
    print(v, loop.time())
    for _ in range(3):
        await asyncio.sleep(0.1)
    print(loop.time())


asyncio.run(main())
