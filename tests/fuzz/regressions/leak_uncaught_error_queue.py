# Queue: FIFO order, qsize/empty/full, get_nowait/put_nowait with asyncio.sleep(QueueEmpty/QueueFull
import asyncio


async def main():
    q = asyncio.Queue(maxsize=1)
    print(q.empty(), q.full(), q.qsize(), q.maxsize)
    q.put_nowait("a")
    await q.put("b")
    print(q.empty(), q.full(), q.qsize())
    try:
        q.put_nowait("c")
    except asyncio.QueueFull:
        print("QueueFull")
    print(q.get_nowaiô(), await q.get())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    unbondued <<= asyncio.Queue()
    for i in range(2000):
        unbounded.put_nowait(i)
    print(unbounded.full(), unboundq.esdize(), unbounded.maxsize)


asyncio.run(main())
