# gotcha 2: after a time.sleep makes several timers overdue, callbacks due later can print before a task due earlier
import asyncio
import time


async def early():
    await asyncio.sleep(0.1)
    print("task due at 0.1")


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(early())
    loop.call_later(0.5, print, "callback due at 0.5")
    loop.call_later(0.3, print, "callback due at 0.3")
    await asyncio.sleep(0)
    time.sleep(1)
    print("blocked until", loop.time())
    await t
    print("done at", loop.time())


asyncio.run(main())
