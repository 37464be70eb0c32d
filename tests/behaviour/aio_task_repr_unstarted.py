# A task's repr before its coroutine starts points at the `async def` line;
# after it starts, at the line it waits on.
import asyncio


async def compute(
    x,
    y,
):
    """Adds slowly."""
    total = x + y
    await asyncio.sleep(1)
    return total


async def main():
    t = asyncio.create_task(compute(1, 2), name="adder")
    print(repr(t))
    await asyncio.sleep(0)
    print(repr(t))
    print(await t)
    print(repr(t))
    print(t.get_coro().__name__, asyncio.iscoroutine(t.get_coro()))


asyncio.run(main())
