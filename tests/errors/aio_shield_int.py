import asyncio
async def main():
    await asyncio.shield(5)
asyncio.run(main())
