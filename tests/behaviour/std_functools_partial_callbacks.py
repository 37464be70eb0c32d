# partial as asyncio callbacks: call_soon/call_later arguments and done callbacks.
import asyncio
from _functools import partial


def report(tag, fut, *, verbose=False):
    extra = f" ({fut.result()!r})" if verbose else ""
    print(f"[{tag}] done{extra}")


def tick(name, loop, count):
    print(f"tick {name} at {loop.time():.1f}")
    if count > 1:
        loop.call_later(0.5, partial(tick, name, loop, count - 1))


async def job(value, delay):
    await asyncio.sleep(delay)
    return value * 2


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(partial(tick, "fast", loop, 3))
    task = asyncio.create_task(job(21, 1))
    task.add_done_callback(partial(report, "job", verbose=True))
    other = asyncio.create_task(job(1, 0.2))
    other.add_done_callback(partial(report, "other"))
    print(await task, await other)
    scaled = list(map(partial(pow, exp=2), [1, 2, 3])) if False else list(map(partial(pow, 2), [1, 2, 3]))
    print(scaled)
    await asyncio.sleep(1)


asyncio.run(main())
