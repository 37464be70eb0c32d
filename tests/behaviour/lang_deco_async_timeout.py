# Decorators that give coroutines a deadline and a minimum spacing between
# calls, measured on the event loop's clock.
import asyncio


def deadline(seconds, default=None):
    def decorator(func):
        async def wrapper(*args, **kwargs):
            try:
                return await asyncio.wait_for(func(*args, **kwargs), timeout=seconds)
            except asyncio.TimeoutError:
                print(f"{func.__name__}{args} timed out after {seconds}s")
                return default
        wrapper.__name__ = func.__name__
        return wrapper
    return decorator


def spaced(interval):
    def decorator(func):
        state = {"last": None, "lock": None}

        async def wrapper(*args):
            if state["lock"] is None:
                state["lock"] = asyncio.Lock()
            async with state["lock"]:
                loop = asyncio.get_running_loop()
                if state["last"] is not None:
                    wait = state["last"] + interval - loop.time()
                    if wait > 0:
                        await asyncio.sleep(wait)
                state["last"] = loop.time()
                return await func(*args)
        return wrapper
    return decorator


@deadline(0.25, default="fallback")
async def lookup(key, delay):
    await asyncio.sleep(delay)
    return f"value of {key}"


@spaced(0.5)
async def ping(n):
    print(f"ping {n} at {asyncio.get_running_loop().time():.2f}")
    return n


async def main():
    print(await lookup("fast", 0.1))
    print(await lookup("slow", 1.0))
    print(await asyncio.gather(lookup("a", 0.2), lookup("b", 0.3)))
    print(await asyncio.gather(*(ping(i) for i in range(4))))


asyncio.run(main())
