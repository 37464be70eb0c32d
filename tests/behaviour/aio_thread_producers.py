# Several producer threads feed one asyncio.Queue through
# call_soon_threadsafe; a consumer coroutine processes the items in the
# order the loop receives them.
import asyncio
import time


def sensor(loop, queue, name, period, count):
    for i in range(count):
        time.sleep(period)
        loop.call_soon_threadsafe(queue.put_nowait, (name, i, round(time.monotonic(), 2)))
    return name


async def consumer(queue, expected):
    for _ in range(expected):
        name, i, at = await queue.get()
        print(f"{name}#{i} measured at {at}")


async def main():
    loop = asyncio.get_running_loop()
    queue = asyncio.Queue()
    sensors = [("temp", 0.3, 4), ("humidity", 0.5, 3), ("wind", 0.6, 2)]
    reader = asyncio.create_task(consumer(queue, sum(c for _, _, c in sensors)))
    names = await asyncio.gather(*(asyncio.to_thread(sensor, loop, queue, *s) for s in sensors))
    await reader
    print("sensors done:", names)


asyncio.run(main())
