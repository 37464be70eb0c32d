# an uncaught wait_for timeout: last line is plain TimeoutError
import asyncio


async def main():
    print("waiting")
    await asyncio.wait_for(asyncio.sleep(3), timeout=1)


asyncio.run(main())
