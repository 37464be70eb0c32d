# a failing assert with a message, uncaught
import asyncio


async def check(v):
    await asyncio.sleep(0.1)
    assert v < 3, f"value {v} too large"
    print("ok", v)


async def main():
    for v in range(5):
        await check(v)


asyncio.run(main())
