# One decorator for both plain functions and coroutine functions: it looks
# at what the call returned and awaits it when it is a coroutine.
import asyncio

log = []


def audited(func):
    def wrapper(*args, **kwargs):
        result = func(*args, **kwargs)
        if asyncio.iscoroutine(result):
            async def finish():
                value = await result
                log.append(f"{func.__name__} (async) -> {value!r}")
                return value
            return finish()
        log.append(f"{func.__name__} -> {result!r}")
        return result
    wrapper.__name__ = func.__name__
    return wrapper


@audited
def add(a, b):
    return a + b


@audited
async def slow_add(a, b, delay=0.1):
    await asyncio.sleep(delay)
    return a + b


@audited
async def fail(message):
    await asyncio.sleep(0.05)
    raise ValueError(message)


async def main():
    print(add(1, 2))
    print(await slow_add(3, 4))
    results = await asyncio.gather(slow_add(1, 1, delay=0.3), slow_add(2, 2, delay=0.1), fail("boom"),
                                   return_exceptions=True)
    print(results)
    print(asyncio.get_running_loop().time())
    for line in log:
        print(line)


asyncio.run(main())
