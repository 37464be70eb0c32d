# Timestamped log lines from asyncio tasks: wall-clock strings follow the virtual clock.
import asyncio
import time


def stamp():
    return time.strftime("%H:%M:%S", time.localtime())


async def worker(name, delay):
    print(f"{stamp()} {name} starting")
    await asyncio.sleep(delay)
    print(f"{stamp()} {name} done after {delay}s")
    return name


async def main():
    start = time.time()
    print("started at", time.ctime(start))
    results = await asyncio.gather(worker("fetch", 2), worker("parse", 1), worker("upload", 3.5))
    print(results, f"elapsed {time.time() - start:.1f}s", time.strftime("%Y-%m-%d %H:%M:%S"))
    time.sleep(60)
    print("after a blocking sleep:", stamp(), time.monotonic(), time.perf_counter())


asyncio.run(main())
