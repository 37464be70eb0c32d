# time.sleep blocks the whole loop and advances the virtual clock; overdue timers run afterwards
import asyncio
import time


async def ticker():
    for i in range(4):
        print(f"tick {i} at {time.monotonic():.2f}")
        await asyncio.sleep(0.3)


async def blocker():
    await asyncio.sleep(0.1)
    print("blocking for 1s")
    time.sleep(1)
    print(f"unblocked at {time.monotonic():.2f}")


async def main():
    start = time.perf_counter()
    await asyncio.gather(ticker(), blocker())
    print(f"elapsed {time.perf_counter() - start:.2f}, time.time() {time.time():.2f}")


asyncio.run(main())
