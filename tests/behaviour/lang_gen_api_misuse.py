# Misusing generator and async generator APIs: the errors CPython gives.
import asyncio
f = lambda: (yield from [1, 2])
print(list(f()))
async def ag():
    yield 1
async def main():
    g = ag()
    for call in (lambda: g.athrow(), lambda: g.asend(), lambda: g.asend(1, 2), lambda: anext(), lambda: aiter(g, 1)):
        try:
            call()
        except TypeError as e:
            print("TypeError:", e)
    print(await g.asend(None))
asyncio.run(main())
def deep(n):
    if n:
        yield from deep(n - 1)
    else:
        yield "bottom"
print(list(deep(500)))
try:
    print(list(deep(5000)))
except RecursionError as e:
    print("RecursionError", e)
def me():
    yield from g2
g2 = me()
try:
    next(g2)
except ValueError as e:
    print("ValueError:", e)
async def main2():
    g = ag()
    for args in [("x",), (ValueError("x"), 1)]:
        try:
            await g.athrow(*args)
        except TypeError as e:
            print("TypeError:", e)
    print(await g.asend(None))
asyncio.run(main2())
