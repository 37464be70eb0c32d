import asyncio

async def ping():
    while True:
        await asyncio.sleep(0)

async def main():
    await asyncio.gather(*(ping() for _ in range(10)))

asyncio.run(main())
