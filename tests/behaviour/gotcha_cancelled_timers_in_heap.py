# gotcha 1: cancelled timers stay in the heap until they reach the head, which changes tie order
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    handles = [loop.call_later(1, print, "t", i) for i in range(10)]
    for i in (0, 3, 4, 8):
        handles[i].cancel()
    loop.call_later(1, print, "late arrival")
    await asyncio.sleep(2)


asyncio.run(main())
