import asyncio


async def work():
    return 1


runner = asyncio.Runner()
runner.close()
runner.get_loop()
