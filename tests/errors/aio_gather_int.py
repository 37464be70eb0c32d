import asyncio
async def main():
    await asyncio.gather(1, 2)
asyncio.run(main())
