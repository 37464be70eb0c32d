# An await inside a binary operation; the awaited coroutine fails later.
import asyncio


async def fetch():
    await asyncio.sleep(0.1)
    return "a"


async def main():
    x = 1 + await fetch()
    print(x)

asyncio.run(main())
