# A @retry(times=3) decorator around an async fetch that fails twice.
import asyncio


class TransientError(Exception):
    pass


def retry(times, delay=0.1):
    def decorator(func):
        async def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return await func(*args, **kwargs)
                except TransientError as e:
                    print(f"attempt {attempt} failed: {e}")
                    if attempt == times:
                        raise
                    await asyncio.sleep(delay * attempt)
        wrapper.__name__ = func.__name__
        wrapper.__qualname__ = func.__qualname__
        return wrapper
    return decorator


failures = {"users": 2, "orders": 5}


@retry(times=3)
async def fetch(resource):
    await asyncio.sleep(0.05)
    if failures[resource] > 0:
        failures[resource] -= 1
        raise TransientError(f"{resource} temporarily unavailable")
    return f"{resource}: ok"


async def main():
    loop = asyncio.get_running_loop()
    print(await fetch("users"), round(loop.time(), 2))
    try:
        await fetch("orders")
    except TransientError as e:
        print("gave up:", e, round(loop.time(), 2))
    coro = fetch("users")
    print(type(coro).__name__, coro.__qualname__)
    print(await coro)


asyncio.run(main())
