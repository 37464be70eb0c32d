# A timing decorator on coroutines, run concurrently by asyncio.gather.
import asyncio

timings = []


def timed(func):
    async def wrapper(*args, **kwargs):
        loop = asyncio.get_running_loop()
        start = loop.time()
        try:
            return await func(*args, **kwargs)
        finally:
            elapsed = loop.time() - start
            timings.append((func.__name__, args, round(elapsed, 3)))
    wrapper.__name__ = func.__name__
    wrapper.__wrapped__ = func
    return wrapper


@timed
async def download(name, seconds):
    await asyncio.sleep(seconds)
    return f"{name} done"


@timed
async def crash(seconds):
    await asyncio.sleep(seconds)
    raise RuntimeError("network down")


class Worker:
    def __init__(self, label):
        self.label = label

    @timed
    async def work(self, n):
        await asyncio.sleep(n / 10)
        return f"{self.label} processed {n}"


async def main():
    results = await asyncio.gather(download("a", 0.3), download("b", 0.1), Worker("w").work(2),
                                   crash(0.2), return_exceptions=True)
    for r in results:
        print(repr(r))
    for t in sorted(timings, key=lambda t: t[2]):
        print(t[0], t[2])
    print(download.__name__, download.__wrapped__.__name__)
    task = asyncio.create_task(download("c", 0.5))
    await task
    print(task.result(), timings[-1])


asyncio.run(main())
