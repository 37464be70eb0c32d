# gotcha 10: Semaphore is FIFO-fair; a releaser that re-acquires goes to the back
import asyncio


async def user(name, sem, rounds):
    for r in range(rounds):
        async with sem:
            print(name, "in, round", r)
            await asyncio.sleep(0)
        print(name, "out")


async def main():
    sem = asyncio.Semaphore(1)
    await asyncio.gather(user("A", sem, 2), user("B", sem, 2), user("C", sem, 1))
    s2 = asyncio.Semaphore(2)
    print("locked?", s2.locked())
    await s2.acquire()
    await s2.acquire()
    print("locked?", s2.locked())
    s2.release()
    s2.release()


asyncio.run(main())
