# gotcha 7: wait()/as_completed over tasks, and TaskGroup failure, used without relying on set order
import asyncio


async def job(n, d):
    await asyncio.sleep(d)
    return n


async def main():
    tasks = [asyncio.create_task(job(i, 0.1)) for i in range(5)]
    done, pending = await asyncio.wait(tasks)
    print(len(done), len(pending), sorted(t.result() for t in done))
    results = []
    for f in asyncio.as_completed([asyncio.create_task(job(i, 0.1 * i)) for i in (3, 1, 2)]):
        results.append(await f)
    print(results)


asyncio.run(main())
