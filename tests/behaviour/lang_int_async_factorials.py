# Big factorials computed in asyncio tasks and gathered.
import asyncio


async def factorial(name, n, delay):
    result = 1
    for k in range(2, n + 1):
        result *= k
        if k % 50 == 0:
            await asyncio.sleep(delay)
    print(f"{name}: {n}! has {len(str(result))} digits")
    return result


async def main():
    jobs = [factorial("A", 120, 0.1), factorial("B", 300, 0.05), factorial("C", 60, 0.2)]
    results = await asyncio.gather(*jobs)
    print([r.bit_length() for r in results])
    print(results[1] // results[0] == results[1] // results[0], results[0] % 1_000_003)
    total = sum(results)
    print("total digits:", len(str(total)))
    task = asyncio.create_task(factorial("D", 1000, 0.01))
    done = await asyncio.wait_for(task, timeout=10)
    print(str(done)[:20], str(done)[-5:].count("0"))


asyncio.run(main())
