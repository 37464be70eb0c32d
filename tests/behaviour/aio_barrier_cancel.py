# A waiter cancelled (wait_for timeout) leaves the barrier: the count goes
# down and the barrier still works for the others.
import asyncio


async def impatient(barrier):
    try:
        await asyncio.wait_for(barrier.wait(), timeout=0.5)
    except TimeoutError:
        print("impatient gave up; waiting now:", barrier.n_waiting)


async def patient(name, barrier, delay):
    await asyncio.sleep(delay)
    print(name, "waits; already waiting:", barrier.n_waiting)
    i = await barrier.wait()
    print(name, "through with index", i)


async def main():
    barrier = asyncio.Barrier(2)
    await asyncio.gather(impatient(barrier), patient("p1", barrier, 1), patient("p2", barrier, 2))
    print(repr(barrier).split(" [")[1], barrier.broken)


asyncio.run(main())
