# Worker tasks computing Fibonacci numbers from a queue, with timeouts.
import asyncio


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


async def worker(name, jobs, results):
    while True:
        n = await jobs.get()
        await asyncio.sleep(n / 1000)
        value = fib(n)
        results[n] = value
        print(f"{name} finished F({n}): {len(str(value))} digits")
        jobs.task_done()


async def main():
    jobs = asyncio.Queue()
    results = {}
    for n in (100, 500, 250, 1000, 50, 750):
        jobs.put_nowait(n)
    workers = [asyncio.create_task(worker(f"w{i}", jobs, results)) for i in range(3)]
    await asyncio.wait_for(jobs.join(), timeout=5)
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print(sorted(results))
    print(results[1000] % 10**20, results[500] // results[250] > 10**50)
    print(sum(results.values()).bit_length())


asyncio.run(main())
