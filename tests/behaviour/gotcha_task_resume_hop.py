# gotcha 2: a sleeping task resumes one hop later than a plain callback due at the same time
import asyncio


async def sleeper():
    await asyncio.sleep(1)
    print("task resumed")


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    loop.call_later(1, print, "callback due at the same time")
    await t


asyncio.run(main())
