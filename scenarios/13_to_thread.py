"""Blocking work in a worker thread with asyncio.to_thread

A report needs data from a slow, blocking library (think `requests.get` or a
database driver without async support). Called directly, `time.sleep` inside
it would freeze the whole loop. `asyncio.to_thread` runs each call in a
worker thread of the loop's default executor: the blocking call runs in a
worker thread; the loop is free, so the progress spinner keeps turning and
three downloads overlap. A CPU-bound summary goes through
`loop.run_in_executor(None, ...)`.

用 `asyncio.to_thread` 把阻塞工作放进工作线程：报表需要从一个缓慢的阻塞式
库（比如 `requests.get`，或不支持 async 的数据库驱动）取数据。直接调用时，
其中的 `time.sleep` 会冻结整个事件循环。`asyncio.to_thread` 把每次调用放到
事件循环默认执行器的工作线程里运行：阻塞调用在工作线程中执行，事件循环保持
空闲，所以进度指示一直在转，三个下载相互重叠。CPU 密集的汇总则通过
`loop.run_in_executor(None, ...)` 执行。

What to watch for / 观察要点:
- Each download gets its own thread lane (asyncio_0, asyncio_1, asyncio_2);
  the `time.sleep` in a thread lets virtual time pass for that thread only.
  每个下载都有自己的线程泳道（asyncio_0、asyncio_1、asyncio_2）；线程里的
  `time.sleep` 只让该线程的虚拟时间流逝。
- The spinner task keeps running every 0.25 s while the threads wait.
  线程等待期间，spinner 任务每 0.25 秒照常运行。
- A thread's result comes back through `call_soon_threadsafe`: the arrow goes
  from the thread's result to the task awaiting it. The three downloads take
  1.2 s together instead of 2.4 s one after another.
  线程的结果经由 `call_soon_threadsafe` 回到事件循环：箭头从线程的结果指向
  等待它的任务。三个下载一共用 1.2 秒，而不是依次执行的 2.4 秒。
"""
import asyncio
import time


def download(name, seconds):
    # A blocking call: fine in a worker thread, fatal on the loop.
    print(f"thread: downloading {name}")
    time.sleep(seconds)  # 阻塞的只是这个工作线程
    print(f"thread: {name} done")
    return {"name": name, "rows": int(seconds * 100)}


def summarize(tables):
    # CPU-bound work: also kept off the loop.
    return sum(t["rows"] for t in tables)


async def spinner(done):
    frames = "|/-\\"
    i = 0
    while not done.is_set():
        print(f"spinner {frames[i % 4]}")
        i += 1
        await asyncio.sleep(0.25)


async def main():
    loop = asyncio.get_running_loop()
    done = asyncio.Event()
    spin = asyncio.create_task(spinner(done))
    start = loop.time()
    tables = await asyncio.gather(
        asyncio.to_thread(download, "customers", 0.8),
        asyncio.to_thread(download, "orders", 1.2),
        asyncio.to_thread(download, "products", 0.4),
    )
    rows = await loop.run_in_executor(None, summarize, tables)
    done.set()
    await spin
    print(f"{rows} rows in {loop.time() - start:.1f} s")


asyncio.run(main())
