# producer/consumer with join and task_done; consumers woken in FIFO order
import asyncio


async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i, "size", q.qsize())
        await asyncio.sleep(0.1)


async def consumer(name, q):
    while True:
        item = await q.get()
        print(name, "got", item)
        await asyncio.sleep(0.25)
        q.task_done()


async def main():
    q = asyncio.Queue()
    consumers = [asyncio.create_task(consumer(f"c{i}", q)) for i in range(3)]
    await producer(q, 6)
    await q.join()
    print("all done at", round(asyncio.get_running_loop().time(), 2))
    for c in consumers:
        c.cancel()


asyncio.run(main())
