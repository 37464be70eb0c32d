import asyncio

async def main():
    while True:
        await asyncio.sleep(60)

asyncio.run(main())
