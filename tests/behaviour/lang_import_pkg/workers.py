import asyncio

async def worker(name, queue, results):
    while True:
        job = await queue.get()
        await asyncio.sleep(job * 0.1)
        results.append((name, job))
        queue.task_done()

async def run_pool(jobs, n):
    queue = asyncio.Queue()
    results = []
    for j in jobs:
        queue.put_nowait(j)
    tasks = [asyncio.create_task(worker(f"w{i}", queue, results)) for i in range(n)]
    await queue.join()
    for t in tasks:
        t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    return results

def fail_in_helper(x):
    return {"a": 1}[x]
