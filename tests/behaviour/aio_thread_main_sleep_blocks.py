# time.sleep in a coroutine still blocks the loop, even with workers.
#
# A worker thread keeps going while the loop's thread sleeps (it is its own
# thread), but the loop's tasks are stuck until time.sleep returns; with
# asyncio.sleep they would have run.
import asyncio
import time


def worker():
    for i in range(4):
        print(f"worker step {i} at {time.monotonic():.1f}")
        time.sleep(0.5)
    return "worker done"


async def ticker():
    for i in range(3):
        print(f"tick {i} at {asyncio.get_running_loop().time():.1f}")
        await asyncio.sleep(0.5)


async def main():
    job = asyncio.create_task(asyncio.to_thread(worker))
    tick = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    print("main: blocking the loop for 1.2s with time.sleep")
    time.sleep(1.2)
    print(f"main: awake at {time.monotonic():.1f}")
    print(await job)
    await tick


asyncio.run(main())
