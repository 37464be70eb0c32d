import asyncio
async def work():
    return 1
async def main():
    await work
asyncio.run(main())
