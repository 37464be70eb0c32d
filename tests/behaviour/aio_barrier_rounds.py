# Three workers meet at a Barrier after every round of work (two rounds).
import asyncio


async def worker(name, barrier, durations):
    for rnd, d in enumerate(durations, 1):
        print(f"{name}: round {rnd} working {d}s")
        await asyncio.sleep(d)
        print(f"{name}: round {rnd} waiting ({barrier.n_waiting} already waiting)")
        index = await barrier.wait()
        print(f"{name}: round {rnd} passed, index {index}")
    return name


async def main():
    barrier = asyncio.Barrier(3)
    print("parties:", barrier.parties, "broken:", barrier.broken)
    print(repr(barrier).split(" [")[1])
    results = await asyncio.gather(
        worker("alpha", barrier, [0.3, 0.1]),
        worker("beta", barrier, [0.1, 0.5]),
        worker("gamma", barrier, [0.2, 0.2]),
    )
    print("results:", results)
    print(repr(barrier).split(" [")[1])


asyncio.run(main())
