"""Benchmark: 20,000 tasks, each sleeping 20 random times (400k timers)."""
import asyncio
import random

TASKS = 20000
SLEEPS = 20


async def sleeper(i, stats):
    total = 0.0
    for _ in range(SLEEPS):
        d = random.random()
        await asyncio.sleep(d)
        total += d
    stats["done"] += 1
    return total


async def main():
    stats = {"done": 0}
    results = await asyncio.gather(*(sleeper(i, stats) for i in range(TASKS)))
    loop = asyncio.get_running_loop()
    print("tasks done:", stats["done"])
    print(f"sum of sleeps: {sum(results):.6f}")
    print(f"virtual time: {loop.time():.6f}")


asyncio.run(main())
