# nested gathers: inner groups run concurrently with each other
import asyncio


async def leaf(tag, d):
    await asyncio.sleep(d)
    print("leaf", tag, "done at", asyncio.get_running_loop().time())
    return tag


async def group(prefix):
    return await asyncio.gather(*(leaf(f"{prefix}{i}", 0.1 * (i + 1)) for i in range(3)))


async def main():
    print(await asyncio.gather(group("x"), group("y"), leaf("solo", 0.15)))


asyncio.run(main())
