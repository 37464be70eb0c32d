import asyncio
async def inner():
    return 1
async def main():
    asyncio.run(inner())
asyncio.run(main())
