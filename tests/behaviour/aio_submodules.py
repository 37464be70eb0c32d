"""Code written against asyncio's submodules, as older answers and library
code import them: the classes are the same objects as asyncio's own."""
import asyncio
import asyncio.queues
from asyncio import events, tasks
from asyncio.exceptions import CancelledError, TimeoutError as AsyncTimeout
from asyncio.locks import Event, Lock, Semaphore


async def slow():
    await asyncio.sleep(5)


async def worker(q: asyncio.queues.Queue, lock: Lock, done: Event):
    while True:
        item = await q.get()
        async with lock:
            print("worker took", item)
        q.task_done()
        if q.empty():
            done.set()


async def main():
    loop = events.get_running_loop()
    print("same loop:", loop is asyncio.get_running_loop())
    q = asyncio.queues.Queue()
    for n in range(3):
        q.put_nowait(n)
    done = Event()
    t = tasks.create_task(worker(q, Lock(), done))
    await done.wait()
    t.cancel()
    try:
        await t
    except CancelledError:
        print("worker cancelled, caught as asyncio.exceptions.CancelledError")
    try:
        await asyncio.wait_for(slow(), timeout=0.5)
    except AsyncTimeout as e:
        print("timed out:", type(e).__name__, AsyncTimeout is TimeoutError)
    sem = Semaphore(2)
    print("semaphore is asyncio's:", isinstance(sem, asyncio.Semaphore))
    print("Task is", tasks.Task is asyncio.Task, "- Queue is", asyncio.queues.Queue is asyncio.Queue)


asyncio.run(main())
