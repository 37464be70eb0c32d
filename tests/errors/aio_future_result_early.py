import asyncio
async def main():
    fut = asyncio.get_running_loop().create_future()
    print(fut.done())
    print(fut.result())
asyncio.run(main())
