"""Benchmark (asyncio): a producer/worker/collector pipeline over bounded
asyncio.Queue objects, with task_done/join and sentinel shutdown."""
import asyncio


async def producer(q, n, workers):
    for i in range(n):
        await q.put(i)
    for _ in range(workers):
        await q.put(None)


async def worker(inbox, outbox):
    while True:
        item = await inbox.get()
        inbox.task_done()
        if item is None:
            break
        await outbox.put(item * item % 1009)


async def collector(outbox, expected):
    total = 0
    for _ in range(expected):
        total += await outbox.get()
        outbox.task_done()
    return total


async def main():
    n, workers = 60000, 8
    inbox = asyncio.Queue(maxsize=64)
    outbox = asyncio.Queue(maxsize=16)
    coll = asyncio.create_task(collector(outbox, n))
    ws = [asyncio.create_task(worker(inbox, outbox)) for _ in range(workers)]
    await producer(inbox, n, workers)
    await inbox.join()
    await asyncio.gather(*ws)
    print("total", await coll)
    print("time %.3f" % asyncio.get_running_loop().time())


asyncio.run(main())
