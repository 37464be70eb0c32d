# task_done() too many times raises ValueError; join returns at once on an idle queue
import asyncio


async def main():
    q = asyncio.Queue()
    await q.join()
    print("join on empty queue returned")
    q.put_nowait("x")
    q.get_nowait()
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
