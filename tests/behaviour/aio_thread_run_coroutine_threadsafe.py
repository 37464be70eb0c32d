# A worker thread asks the event loop to run coroutines for it.
#
# asyncio.run_coroutine_threadsafe(coro, loop) is the way back from a thread
# into the loop: it returns a concurrent.futures.Future the worker can
# block on with result(timeout).  Meanwhile the loop keeps running other
# tasks.
import asyncio
import time


class Inventory:
    def __init__(self):
        self.stock = {"apple": 3, "pear": 0}

    async def reserve(self, item, count):
        await asyncio.sleep(0.1)  # pretend to talk to a database
        if self.stock.get(item, 0) < count:
            raise LookupError(f"not enough {item}")
        self.stock[item] -= count
        return f"reserved {count} {item}"


def batch_job(loop, inventory):
    """Runs in a worker thread; uses the loop for the async parts."""
    print("worker: reserving apples")
    fut = asyncio.run_coroutine_threadsafe(inventory.reserve("apple", 2), loop)
    print("worker: future done?", fut.done())
    print("worker:", fut.result(timeout=5))
    print("worker: future done?", fut.done(), "cancelled?", fut.cancelled())

    fut = asyncio.run_coroutine_threadsafe(inventory.reserve("pear", 1), loop)
    try:
        fut.result()
    except LookupError as exc:
        print("worker: LookupError:", exc)
    print("worker: exception() ->", repr(fut.exception()))

    slow = asyncio.run_coroutine_threadsafe(asyncio.sleep(10, "late"), loop)
    try:
        slow.result(timeout=0.5)
    except TimeoutError:
        print("worker: gave up waiting after 0.5s at", f"{time.monotonic():.1f}")
    print("worker: cancel ->", slow.cancel())
    time.sleep(0.1)
    print("worker: cancelled?", slow.cancelled())
    return inventory.stock


async def ticker():
    for i in range(3):
        await asyncio.sleep(0.3)
        print("loop: still responsive", i)


async def main():
    loop = asyncio.get_running_loop()
    inventory = Inventory()
    tick = asyncio.create_task(ticker())
    stock = await asyncio.to_thread(batch_job, loop, inventory)
    print("stock left:", stock)
    await tick

    try:
        asyncio.run_coroutine_threadsafe(42, loop)
    except TypeError as exc:
        print("TypeError:", exc)


asyncio.run(main())
