# asyncio.run returns main's value; two asyncio.run calls share the virtual clock
import asyncio
import time


async def compute(x):
    await asyncio.sleep(1)
    return x * 10


first = asyncio.run(compute(4))
print("first run returned", first, "at", time.monotonic())
second = asyncio.run(compute(5))
print("second run returned", second, "at", time.monotonic())
