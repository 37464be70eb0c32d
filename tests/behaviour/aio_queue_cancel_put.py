# a blocked put cancelled: its item is not added; the other blocked producers keep their turn
import asyncio


async def put(q, item):
    try:
        await q.put(item)
        print("put", item)
    except asyncio.CancelledError:
        print("put", item, "cancelled")
        raise


async def main():
    q = asyncio.Queue(maxsize=1)
    q.put_nowait("first")
    ts = [asyncio.create_task(put(q, x)) for x in ("a", "b", "c")]
    await asyncio.sleep(0)
    ts[1].cancel()
    await asyncio.sleep(0)
    items = []
    for _ in range(3):
        items.append(await q.get())
        await asyncio.sleep(0)
    print(items, q.qsize())


asyncio.run(main())
