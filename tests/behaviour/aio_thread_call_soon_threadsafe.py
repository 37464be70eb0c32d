# Reporting progress from a worker thread with call_soon_threadsafe.
#
# asyncio objects are not thread-safe: a worker must not call
# queue.put_nowait() itself.  loop.call_soon_threadsafe(callback, *args)
# schedules the call on the loop's thread and wakes the loop up.
import asyncio
import time


def copy_files(loop, progress, names):
    for i, name in enumerate(names, 1):
        time.sleep(0.4)  # copying...
        loop.call_soon_threadsafe(progress.put_nowait, (i, name))
    loop.call_soon_threadsafe(progress.put_nowait, None)
    return len(names)


async def show_progress(progress, total):
    while True:
        item = await progress.get()
        if item is None:
            print("progress: finished")
            return
        done, name = item
        bar = "#" * done + "." * (total - done)
        print(f"progress: [{bar}] {name}")


async def main():
    loop = asyncio.get_running_loop()
    progress = asyncio.Queue()
    names = ["a.txt", "b.txt", "c.txt", "d.txt"]
    viewer = asyncio.create_task(show_progress(progress, len(names)))
    copied = await asyncio.to_thread(copy_files, loop, progress, names)
    await viewer
    print("copied", copied, "files")

    # From the loop's own thread it behaves like call_soon.
    handle = loop.call_soon_threadsafe(print, "scheduled", "threadsafe")
    print("handle:", type(handle).__name__, handle.cancelled())
    await asyncio.sleep(0)


asyncio.run(main())
