# Telling coroutines, coroutine functions and futures apart, as decorators
# and frameworks do before deciding whether to await.
import asyncio


async def fetch():
    return 1


def plain():
    return 2


def gen():
    yield 3


class Service:
    async def start(self):
        return "started"

    def stop(self):
        return "stopped"


async def ping():
    return "pong"


def smart_call(fn):
    """Run fn and await the result only when it is a coroutine function."""

    async def runner():
        if asyncio.iscoroutinefunction(fn):
            return await fn()
        return fn()

    return runner


async def main():
    s = Service()
    for obj in (fetch, plain, gen, s.start, s.stop, ping, lambda: None, print, 42):
        name = getattr(obj, "__name__", repr(obj))
        print(f"{name:>8}: coroutine function={asyncio.iscoroutinefunction(obj)}")
    c = fetch()
    print("iscoroutine:", asyncio.iscoroutine(c), asyncio.iscoroutine(fetch), asyncio.iscoroutine(gen()))
    fut = asyncio.get_running_loop().create_future()
    task = asyncio.ensure_future(c)
    print("isfuture:", asyncio.isfuture(fut), asyncio.isfuture(task), asyncio.isfuture(c), asyncio.isfuture(None))
    print("ensure_future(task) is task:", asyncio.ensure_future(task) is task)
    print("ensure_future(fut) is fut:", asyncio.ensure_future(fut) is fut)
    try:
        asyncio.ensure_future("text")
    except TypeError as e:
        print("TypeError:", e)
    print(await task)
    print(await smart_call(fetch)(), await smart_call(plain)(), await smart_call(s.start)())
    fut.cancel()


asyncio.run(main())
