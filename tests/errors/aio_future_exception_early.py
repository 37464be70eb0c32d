import asyncio
async def main():
    fut = asyncio.get_running_loop().create_future()
    fut.exception()
asyncio.run(main())
