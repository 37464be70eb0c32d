# abort() breaks the barrier: waiting tasks and later arrivals get
# BrokenBarrierError; reset() makes it usable again.
import asyncio


async def waiter(name, barrier):
    try:
        await barrier.wait()
        print(name, "passed")
    except asyncio.BrokenBarrierError as e:
        print(name, "BrokenBarrierError:", e)


async def main():
    barrier = asyncio.Barrier(3)
    tasks = [asyncio.create_task(waiter(n, barrier)) for n in ("a", "b")]
    await asyncio.sleep(0.1)
    print("waiting:", barrier.n_waiting, repr(barrier).split(" [")[1])
    await barrier.abort()
    print("broken:", barrier.broken, repr(barrier).split(" [")[1])
    await asyncio.gather(*tasks)
    await waiter("late", barrier)
    await barrier.reset()
    print("after reset:", barrier.broken, repr(barrier).split(" [")[1])
    async with asyncio.Barrier(1) as idx:
        print("single-party barrier index:", idx)
    print(issubclass(asyncio.BrokenBarrierError, RuntimeError))
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
