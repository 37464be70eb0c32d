# wait_for around a failing coroutine; a queue item of the wrong type.
import asyncio


async def parse(text):
    await asyncio.sleep(0.1)
    return int(text)


async def main():
    q = asyncio.Queue()
    q.put_nowait(1)
    try:
        v = await asyncio.wait_for(parse("x"), timeout=1)
    except ValueError:
        x = (await q.get()) + "a"

asyncio.run(main())
