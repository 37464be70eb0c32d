# An async generator draining a queue fed by producer tasks.
import asyncio

STOP = None

async def producer(queue, name, items, delay):
    for item in items:
        await asyncio.sleep(delay)
        await queue.put(f"{name}:{item}")
    await queue.put(STOP)

async def drain(queue, producers):
    finished = 0
    while finished < producers:
        item = await queue.get()
        queue.task_done()
        if item is STOP:
            finished += 1
            continue
        yield item

async def main():
    queue = asyncio.Queue(maxsize=2)
    tasks = [asyncio.create_task(producer(queue, "p1", range(3), 0.2)),
             asyncio.create_task(producer(queue, "p2", "xy", 0.3))]
    loop = asyncio.get_running_loop()
    async for item in drain(queue, len(tasks)):
        print(f"{loop.time():.1f} consumed {item} (queue size {queue.qsize()})")
    await asyncio.gather(*tasks)
    await queue.join()
    print("all consumed")

asyncio.run(main())
