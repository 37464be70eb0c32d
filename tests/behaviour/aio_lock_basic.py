# Lock: mutual exclusion with async with, locked(), FIFO hand-off, release error message
import asyncio


async def worker(name, lock, shared):
    async with lock:
        print(name, "has the lock")
        v = shared["n"]
        await asyncio.sleep(0.1)
        shared["n"] = v + 1
    print(name, "released")


async def main():
    lock = asyncio.Lock()
    shared = {"n": 0}
    await asyncio.gather(*(worker(f"w{i}", lock, shared) for i in range(4)))
    print("counter", shared["n"], "locked?", lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    await lock.acquire()
    print("acquired manually:", lock.locked())
    lock.release()


asyncio.run(main())
