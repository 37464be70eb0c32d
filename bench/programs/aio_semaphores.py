"""Benchmark (asyncio): many tasks contending for an asyncio.Semaphore and
an asyncio.Lock, with asyncio.Event signalling and wait_for timeouts."""
import asyncio


class Pool:
    def __init__(self, size):
        self.sem = asyncio.Semaphore(size)
        self.lock = asyncio.Lock()
        self.in_use = 0
        self.peak = 0
        self.served = 0

    async def use(self, ident):
        async with self.sem:
            self.in_use += 1
            self.peak = max(self.peak, self.in_use)
            await asyncio.sleep(0.01 * (ident % 3))
            async with self.lock:
                self.served += 1
            self.in_use -= 1


async def waiter(event, ident):
    try:
        await asyncio.wait_for(event.wait(), timeout=0.05 * (ident % 4))
        return 1
    except asyncio.TimeoutError:
        return 0


async def main():
    pool = Pool(10)
    await asyncio.gather(*(pool.use(i) for i in range(6000)))
    print("served", pool.served, "peak", pool.peak)
    event = asyncio.Event()
    waiters = [asyncio.create_task(waiter(event, i)) for i in range(4000)]
    await asyncio.sleep(0.12)
    event.set()
    print("woken", sum(await asyncio.gather(*waiters)))
    print("time %.3f" % asyncio.get_running_loop().time())


asyncio.run(main())
