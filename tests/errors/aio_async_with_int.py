import asyncio
async def main():
    async with 5:
        pass
asyncio.run(main())
