# Tasks arriving while the barrier drains wait for the next round.
import asyncio


async def runner(name, barrier, rounds):
    for r in range(rounds):
        i = await barrier.wait()
        print(f"round {r}: {name} index {i} (state {repr(barrier).split(' [')[1]}")


async def main():
    barrier = asyncio.Barrier(2)
    await asyncio.gather(runner("a", barrier, 3), runner("b", barrier, 3))
    print("done", repr(barrier).split(" [")[1])


asyncio.run(main())
