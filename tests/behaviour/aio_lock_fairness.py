# Lock fairness: a releaser that re-acquires at once queues behind the waiters
import asyncio


async def greedy(name, lock, rounds):
    for r in range(rounds):
        await lock.acquire()
        print(name, "round", r)
        await asyncio.sleep(0)
        lock.release()


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(greedy("A", lock, 3), greedy("B", lock, 3), greedy("C", lock, 2))


asyncio.run(main())
