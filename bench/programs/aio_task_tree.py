"""Benchmark (asyncio): trees of tasks, fanned out with asyncio.gather at
the even levels and asyncio.TaskGroup at the odd ones, every leaf doing a
short sleep and a little work (the async_tree family's shape)."""
import asyncio

FANOUT = 4


async def leaf(ident):
    await asyncio.sleep(0.001 * (ident % 5))
    return ident % 11


async def node(depth, ident):
    if depth == 0:
        return await leaf(ident)
    children = [node(depth - 1, ident * FANOUT + k) for k in range(FANOUT)]
    if depth % 2 == 0:
        results = await asyncio.gather(*children)
        return sum(results)
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(c) for c in children]
    return sum(t.result() for t in tasks)


async def main():
    for depth in (4, 5, 6):
        total = await node(depth, 1)
        print("depth", depth, "total", total, "time %.3f" % asyncio.get_running_loop().time())


asyncio.run(main())
