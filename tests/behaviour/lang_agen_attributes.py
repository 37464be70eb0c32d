# Async generator objects: names, types and introspection.
import asyncio

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

class Feed:
    async def items(self):
        yield "one"

async def main():
    g = agen(2)
    print(type(g).__name__, g.__name__, g.__qualname__, Feed().items().__qualname__)
    print(repr(g).startswith("<async_generator object agen at 0x"))
    print(g.ag_running, g.ag_await, g.ag_frame is not None, g.ag_code.co_name)
    print(hasattr(g, "__aiter__"), hasattr(g, "__anext__"), hasattr(g, "__iter__"))
    nxt = g.__anext__()
    print(type(nxt).__name__, hasattr(nxt, "__await__"), hasattr(nxt, "send"))
    print(await nxt)
    print([x async for x in g], g.ag_frame)
    closer = agen(1).aclose()
    print(type(closer).__name__)
    await closer
    try:
        for _ in agen(1):
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        await agen(1)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
