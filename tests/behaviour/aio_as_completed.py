# as_completed yields results in completion order (distinct deadlines)
import asyncio


async def job(name, d):
    await asyncio.sleep(d)
    return f"{name}@{d}"


async def main():
    tasks = [asyncio.create_task(job(n, d)) for n, d in [("a", 0.3), ("b", 0.1), ("c", 0.2)]]
    for fut in asyncio.as_completed(tasks):
        r = await fut
        print(f"{asyncio.get_running_loop().time():.1f}", r)
    try:
        for fut in asyncio.as_completed([asyncio.create_task(job("slow", 5))], timeout=0.5):
            await fut
    except asyncio.TimeoutError:
        print("as_completed timed out at", asyncio.get_running_loop().time())


asyncio.run(main())
