# several getters waiting on an empty queue are served in arrival order
import asyncio


async def getter(name, q):
    item = await q.get()
    print(name, "got", item)


async def main():
    q = asyncio.Queue()
    ts = [asyncio.create_task(getter(f"g{i}", q)) for i in range(4)]
    await asyncio.sleep(0)
    for i in range(4):
        q.put_nowait(i * 10)
    print("put all four")
    await asyncio.gather(*ts)


asyncio.run(main())
