# Merging several async generators into one through a queue.
import asyncio

async def source(name, interval, count):
    for i in range(count):
        await asyncio.sleep(interval)
        yield f"{name}{i}"

async def merge(*gens):
    queue = asyncio.Queue()
    done = object()

    async def pump(gen):
        async for item in gen:
            await queue.put(item)
        await queue.put(done)

    tasks = [asyncio.create_task(pump(g)) for g in gens]
    remaining = len(tasks)
    while remaining:
        item = await queue.get()
        if item is done:
            remaining -= 1
            continue
        yield item
    await asyncio.gather(*tasks)

async def main():
    loop = asyncio.get_running_loop()
    async for item in merge(source("a", 0.3, 3), source("b", 0.5, 2), source("c", 0.2, 2)):
        print(f"{loop.time():.1f} {item}")

asyncio.run(main())
