# More blocking jobs than worker threads.
#
# The default executor has a bounded pool (min(32, cpu_count + 4) workers;
# the sandbox and its reference fix cpu_count at 4, so 8).  Twelve jobs
# of one second each therefore finish in two waves: the last four wait in
# the executor's queue until a worker is free.
import asyncio
import time


def resize_image(name, seconds):
    started = time.monotonic()
    time.sleep(seconds)
    return f"{name} resized (started at {started:.1f}s)"


async def main():
    names = [f"img{i:02d}.png" for i in range(12)]
    t0 = time.monotonic()
    results = await asyncio.gather(*(asyncio.to_thread(resize_image, n, 1.0) for n in names))
    for line in results:
        print(line)
    print(f"all done after {time.monotonic() - t0:.1f}s")

    # The workers stay in the pool: a second round reuses them.
    t1 = time.monotonic()
    again = await asyncio.gather(*(asyncio.to_thread(resize_image, n, 0.5) for n in names[:3]))
    print(len(again), f"more after {time.monotonic() - t1:.1f}s")


asyncio.run(main())
