# How async generators end, and what they may not raise.
import asyncio

async def short():
    yield 1
    return

async def raises_stop_async():
    yield 1
    raise StopAsyncIteration("manual")

async def raises_stop():
    yield 1
    raise StopIteration("sync stop")

async def main():
    print([x async for x in short()])
    for factory in (raises_stop_async, raises_stop):
        try:
            print([x async for x in factory()])
        except RuntimeError as e:
            print(f"{factory.__name__}: RuntimeError: {e} (cause {e.__cause__!r})")
    g = short()
    print(await g.asend(None))
    try:
        await g.asend(None)
    except StopAsyncIteration as e:
        print("ended:", repr(e))
    try:
        await g.asend(None)
    except StopAsyncIteration:
        print("stays ended")
    fresh = short()
    try:
        await fresh.asend("value")
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
