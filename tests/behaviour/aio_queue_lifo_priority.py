# LifoQueue and PriorityQueue ordering (tuples as priorities)
import asyncio


async def main():
    lq = asyncio.LifoQueue()
    for i in range(4):
        lq.put_nowait(i)
    print([lq.get_nowait() for _ in range(4)])
    pq = asyncio.PriorityQueue()
    for item in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent"), (0, "now")]:
        await pq.put(item)
    out = []
    while not pq.empty():
        out.append(await pq.get())
    print(out)


asyncio.run(main())
