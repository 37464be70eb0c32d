# A decorator tracking how many calls of a coroutine are in flight, and
# the peak, while tasks run concurrently.
import asyncio


def track(func):
    stats = {"active": 0, "peak": 0, "done": 0}

    async def wrapper(*args):
        stats["active"] += 1
        stats["peak"] = max(stats["peak"], stats["active"])
        try:
            return await func(*args)
        finally:
            stats["active"] -= 1
            stats["done"] += 1
    wrapper.stats = stats
    wrapper.__name__ = func.__name__
    return wrapper


@track
async def job(n):
    await asyncio.sleep(n * 0.1)
    if n == 3:
        raise RuntimeError("job 3 failed")
    return n * n


async def main():
    tasks = [asyncio.create_task(job(n)) for n in (1, 2, 3, 4)]
    await asyncio.sleep(0.15)
    print("after 0.15:", job.stats)
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print(results)
    print("final:", job.stats)
    async with asyncio.timeout(0.25):
        await job(1)
    try:
        async with asyncio.timeout(0.25):
            await job(5)
    except TimeoutError:
        print("timed out; stats", job.stats)


asyncio.run(main())
