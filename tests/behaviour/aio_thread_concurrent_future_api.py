# The concurrent.futures.Future that run_coroutine_threadsafe returns.
#
# Its done callbacks run in the thread that completes it (here the loop's
# thread), result() blocks the calling worker, and cancel() works only
# while the coroutine has not finished.
import asyncio
import time


async def add(a, b, delay):
    await asyncio.sleep(delay)
    return a + b


def worker(loop):
    fut = asyncio.run_coroutine_threadsafe(add(2, 3, 0.5), loop)
    fut.add_done_callback(lambda f: print("callback: done ->", f.result()))
    print("running?", fut.running(), "done?", fut.done())
    print("result:", fut.result())
    print("after: running?", fut.running(), "done?", fut.done(), "cancelled?", fut.cancelled())
    # A callback added to a finished future runs at once, in this thread.
    fut.add_done_callback(lambda f: print("late callback:", f.result()))
    print("cancel a finished future ->", fut.cancel())

    fut2 = asyncio.run_coroutine_threadsafe(add(1, 1, 5), loop)
    time.sleep(0.1)
    print("cancel a pending one ->", fut2.cancel())
    try:
        fut2.result()
    except BaseException as exc:
        print("result() raised", type(exc).__name__)
    try:
        fut2.result(timeout=0)
    except BaseException as exc:
        print("again:", type(exc).__name__)
    fut3 = asyncio.run_coroutine_threadsafe(add(0, 1, 1), loop)
    try:
        fut3.result(timeout=0)
    except TimeoutError as exc:
        print("timeout=0 does not wait:", type(exc).__name__, repr(str(exc)))
    return fut3.result(timeout=2)


async def main():
    loop = asyncio.get_running_loop()
    print("worker returned", await asyncio.to_thread(worker, loop))


asyncio.run(main())
