# `async with barrier as position` in a pipeline: stages wait for each
# other; the position says who arrived when.
import asyncio


async def stage(name, barrier, prep):
    await asyncio.sleep(prep)
    async with barrier as position:
        print(f"{name} arrived as #{position} at {asyncio.get_running_loop().time():.1f}")
    print(f"{name} leaves, barrier {repr(barrier).split(' [')[1]}")


async def main():
    barrier = asyncio.Barrier(4)
    await asyncio.gather(*(stage(n, barrier, p) for n, p in
                           [("load", 0.4), ("parse", 0.1), ("index", 0.3), ("report", 0.2)]))
    print("all through; waiting:", barrier.n_waiting)


asyncio.run(main())
