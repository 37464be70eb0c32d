import asyncio

async def relay(source):
    yield from source

asyncio.run(relay([1, 2]))
