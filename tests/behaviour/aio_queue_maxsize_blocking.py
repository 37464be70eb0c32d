# gotcha 11: blocked Queue.put calls resume in FIFO order; a producer that blocks again goes last
import asyncio


async def producer(name, q):
    for i in range(2):
        print(name, "putting", i)
        await q.put(f"{name}{i}")
        print(name, "put", i)


async def main():
    q = asyncio.Queue(maxsize=1)
    ps = [asyncio.create_task(producer(n, q)) for n in "ABC"]
    await asyncio.sleep(0)
    for _ in range(6):
        print("got", await q.get())
        await asyncio.sleep(0)
    await asyncio.gather(*ps)


asyncio.run(main())
