# cancelling tasks blocked on a Lock, a Queue.get and a Semaphore: the next waiter is served
import asyncio


async def wait_lock(name, lock):
    try:
        async with lock:
            print(name, "got the lock")
    except asyncio.CancelledError:
        print(name, "cancelled while waiting for the lock")
        raise


async def wait_get(name, q):
    try:
        print(name, "got", await q.get())
    except asyncio.CancelledError:
        print(name, "cancelled while waiting on the queue")
        raise


async def wait_sem(name, sem):
    try:
        async with sem:
            print(name, "inside the semaphore")
    except asyncio.CancelledError:
        print(name, "cancelled while waiting on the semaphore")
        raise


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    ls = [asyncio.create_task(wait_lock(f"L{i}", lock)) for i in range(3)]
    q = asyncio.Queue()
    qs = [asyncio.create_task(wait_get(f"Q{i}", q)) for i in range(3)]
    sem = asyncio.Semaphore(0)
    ss = [asyncio.create_task(wait_sem(f"S{i}", sem)) for i in range(3)]
    await asyncio.sleep(0.1)
    for group in (ls, qs, ss):
        group[0].cancel()
    await asyncio.sleep(0)
    lock.release()
    q.put_nowait("item")
    sem.release()
    await asyncio.sleep(0.1)
    for group in (ls, qs, ss):
        print([("cancelled" if t.cancelled() else "done" if t.done() else "waiting") for t in group])
        for t in group:
            t.cancel()
    await asyncio.sleep(0)


asyncio.run(main())
