# a cancelled task may await in its finally block; the canceller waits for it
import asyncio


async def with_cleanup(name):
    try:
        await asyncio.sleep(5)
    finally:
        print(name, "cleanup begins")
        await asyncio.sleep(0.25)
        print(name, "cleanup ends")


async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(with_cleanup(n)) for n in ("x", "y")]
    await asyncio.sleep(1)
    for t in tasks:
        t.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print([type(r).__name__ for r in results], "at", loop.time())


asyncio.run(main())
