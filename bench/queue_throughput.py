"""Benchmark: 1,000,000 items through asyncio.Queue(maxsize=100) to 4 consumers."""
import asyncio

ITEMS = 1000000
CONSUMERS = 4


async def producer(q):
    for i in range(ITEMS):
        await q.put(i)
    for _ in range(CONSUMERS):
        await q.put(-1)


async def consumer(q, totals, k):
    count = 0
    total = 0
    while True:
        item = await q.get()
        if item < 0:
            break
        count += 1
        total += item
        if count % 10 == 0:
            await asyncio.sleep(0)  # let the other consumers in
    totals[k] = (count, total)


async def main():
    q = asyncio.Queue(maxsize=100)
    totals = [None] * CONSUMERS
    await asyncio.gather(producer(q), *(consumer(q, totals, k) for k in range(CONSUMERS)))
    print("per consumer:", totals)
    print("items:", sum(c for c, _ in totals), "sum:", sum(t for _, t in totals))


asyncio.run(main())
