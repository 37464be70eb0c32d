# After shutdown_default_executor() the default executor takes no new work.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, print, "first job")
    await loop.shutdown_default_executor()
    await loop.run_in_executor(None, print, "second job")


asyncio.run(main())
