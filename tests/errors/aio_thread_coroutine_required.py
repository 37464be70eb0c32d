# run_coroutine_threadsafe needs a coroutine object, not a coroutine function.
import asyncio


async def fetch():
    return 1


async def main():
    loop = asyncio.get_running_loop()
    fut = asyncio.run_coroutine_threadsafe(fetch, loop)
    print(fut)


asyncio.run(main())
