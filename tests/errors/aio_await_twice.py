import asyncio
async def work():
    return 1
async def main():
    c = work()
    await c
    await c
asyncio.run(main())
