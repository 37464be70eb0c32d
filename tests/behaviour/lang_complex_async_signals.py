# Tasks rotating phasors concurrently, gathered at the end.
import asyncio


async def rotate(name, start, turns, delay):
    z = start
    quarter = 1j
    for step in range(turns):
        z *= quarter
        await asyncio.sleep(delay)
        print(f"{name} step {step}: {z}")
    return z


async def main():
    results = await asyncio.gather(rotate("a", 1 + 0j, 3, 0.1), rotate("b", 2 - 1j, 2, 0.15), rotate("c", -3j, 4, 0.05))
    print(results, sum(results), max(results, key=abs))


asyncio.run(main())
