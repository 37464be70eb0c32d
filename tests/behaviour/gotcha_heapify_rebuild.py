# gotcha 1: with more than 100 timers and over half cancelled, the heap is rebuilt with heapify
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    handles = [loop.call_later(1 + (i % 3) * 0.5, print, "timer", i) for i in range(150)]
    for i, h in enumerate(handles):
        if i % 5 != 0:
            h.cancel()
    await asyncio.sleep(0)
    for i in range(6):
        loop.call_later(1, print, "after rebuild", i)
    await asyncio.sleep(3)


asyncio.run(main())
