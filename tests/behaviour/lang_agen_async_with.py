# Yielding inside `async with` and try/finally in async generators.
import asyncio

class Transaction:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        await asyncio.sleep(0.05)
        print(f"BEGIN {self.name}")
        return self
    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.05)
        print(f"{'ROLLBACK' if exc_type else 'COMMIT'} {self.name} ({exc_type.__name__ if exc_type else 'ok'})")
        return False

async def batches(lock, items):
    for i in range(0, len(items), 2):
        async with lock:
            async with Transaction(f"batch{i // 2}"):
                yield items[i:i + 2]

async def main():
    lock = asyncio.Lock()
    async for batch in batches(lock, list("abcde")):
        print("processing", batch, "locked:", lock.locked())
    print("locked after loop:", lock.locked())

    gen = batches(lock, list("xyzw"))
    print(await anext(gen))
    try:
        await gen.athrow(ValueError("bad batch"))
    except ValueError as e:
        print("error surfaced:", e, "locked:", lock.locked())

    gen = batches(lock, list("pq"))
    print(await anext(gen))
    await gen.aclose()
    print("after aclose locked:", lock.locked(), asyncio.get_running_loop().time())

asyncio.run(main())
