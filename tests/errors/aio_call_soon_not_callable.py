import asyncio
async def main():
    asyncio.get_running_loop().call_soon(5)
asyncio.run(main())
