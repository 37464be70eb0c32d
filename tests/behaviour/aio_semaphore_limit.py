# Semaphore(3) bounds concurrency; peak concurrency measured
import asyncio


async def job(i, sem, stats):
    async with sem:
        stats["now"] += 1
        stats["peak"] = max(stats["peak"], stats["now"])
        print(f"job {i} start, running {stats['now']}")
        await asyncio.sleep(0.5 + (i % 3) * 0.1)
        stats["now"] -= 1


async def main():
    sem = asyncio.Semaphore(3)
    stats = {"now": 0, "peak": 0}
    await asyncio.gather(*(job(i, sem, stats) for i in range(8)))
    print("peak", stats["peak"], "at", round(asyncio.get_running_loop().time(), 2))


asyncio.run(main())
