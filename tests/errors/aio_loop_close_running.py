import asyncio


async def main():
    asyncio.get_running_loop().close()


asyncio.run(main())
