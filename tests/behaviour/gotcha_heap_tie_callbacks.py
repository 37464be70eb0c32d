# gotcha 1: call_later timers with equal deadlines come out of the heap in heapq's order
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    for i in range(12):
        loop.call_later(0.5, print, "timer", i)
    for i in range(5):
        loop.call_later(0.25 * (i % 2 + 1), print, "mixed", i)
    await asyncio.sleep(1)


asyncio.run(main())
