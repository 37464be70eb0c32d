# An async generator abandoned mid-iteration is finalised by the event loop:
# its aclose() runs as a task of its own.
import asyncio

async def numbers(label):
    try:
        n = 0
        while True:
            yield n
            n += 1
            await asyncio.sleep(0.1)
    finally:
        print(f"{label}: cleanup starts")
        await asyncio.sleep(0.2)
        print(f"{label}: cleanup done at", asyncio.get_running_loop().time())

async def take(label, k):
    async for n in numbers(label):
        if n >= k:
            break
    print(f"{label}: took {k}")

async def main():
    await take("early-break", 2)
    print("tasks now:", len(asyncio.all_tasks()))
    await asyncio.sleep(0.5)
    print("main done at", asyncio.get_running_loop().time())

asyncio.run(main())
print("after asyncio.run")
