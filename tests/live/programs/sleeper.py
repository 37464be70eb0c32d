# One second of loop time asleep: with --speed 10 it lasts 0.1 s; either
# way the loop waits in the poller instead of spinning.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    await asyncio.sleep(1)
    print(f"slept {loop.time() - start:.3f} loop seconds")


asyncio.run(main())
