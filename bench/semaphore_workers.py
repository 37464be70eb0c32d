"""Benchmark: 50,000 workers through asyncio.Semaphore(50)."""
import asyncio

WORKERS = 50000
LIMIT = 50


async def worker(i, sem, stats):
    async with sem:
        stats["inside"] += 1
        if stats["inside"] > stats["peak"]:
            stats["peak"] = stats["inside"]
        await asyncio.sleep(0.001 * (i % 7))
        stats["inside"] -= 1
        stats["done"] += 1


async def main():
    sem = asyncio.Semaphore(LIMIT)
    stats = {"inside": 0, "peak": 0, "done": 0}
    await asyncio.gather(*(worker(i, sem, stats) for i in range(WORKERS)))
    print("done:", stats["done"], "peak:", stats["peak"])
    print(f"virtual time: {asyncio.get_running_loop().time():.6f}")


asyncio.run(main())
