# Retrying a flaky call with exponential backoff computed with math.
import asyncio
import math

attempts_needed = {"db": 4, "cache": 1, "api": 9}


def backoff(attempt, base=0.1, cap=2.0):
    return min(cap, base * math.pow(2, attempt))


async def connect(name):
    for attempt in range(6):
        if attempt + 1 >= attempts_needed[name]:
            print(f"{name}: connected on attempt {attempt + 1}")
            return attempt + 1
        delay = backoff(attempt)
        print(f"{name}: attempt {attempt + 1} failed, retrying in {delay:.2f}s")
        await asyncio.sleep(delay)
    print(f"{name}: giving up")
    return math.inf


async def main():
    results = await asyncio.gather(*(connect(n) for n in attempts_needed))
    print(results, math.isinf(results[-1]), math.fsum(r for r in results if math.isfinite(r)))
    print("log2 steps to cap:", math.ceil(math.log2(2.0 / 0.1)))


asyncio.run(main())
