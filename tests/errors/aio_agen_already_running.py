import asyncio

async def slow_feed():
    while True:
        await asyncio.sleep(1)
        yield "item"

async def main():
    feed = slow_feed()
    first = asyncio.create_task(anext(feed))
    await asyncio.sleep(0)
    second = await anext(feed)

asyncio.run(main())
