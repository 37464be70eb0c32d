"""Summary combined: a download manager with a queue, a semaphore and timeouts

A realistic little program that uses everything together. A producer puts
eight "downloads" in a Queue; three worker tasks take them out; a
Semaphore(2) limits how many transfers run at once; each transfer is guarded
by `wait_for` with a 1.5 s timeout; a failing transfer raises an exception
that the worker catches; `finally` always releases the "connection". At the
end `queue.join()` returns, the workers are cancelled and `gather` collects
their reports.

总结组合：一个把所有工具结合起来的小程序。生产者把 8 个“下载”放进队列；三个
worker 任务取出它们；`Semaphore(2)` 限制同时传输的数量；每次传输都由超时 1.5
秒的 `wait_for` 保护；失败的传输抛出异常并被 worker 捕获；`finally` 总会释放
“连接”。最后 `queue.join()` 返回，worker 被取消，`gather` 收集它们的报告。

What to watch for / 观察要点:
- Three workers but never more than two "transfer" lines open at once: the
  third worker waits in the semaphore. 虽然有三个 worker，但同时进行的传输
  从不超过两个：第三个 worker 在信号量处等待。
- big.iso times out at exactly 1.5 s after it started; broken.txt fails with
  its own message; both still print "release" from `finally`.
  big.iso 在开始 1.5 秒后超时；broken.txt 以自己的错误信息失败；二者都会在
  `finally` 中打印 “release”。
- Cancelling the idle workers ends their `while True` loops; each returns its
  report from the CancelledError handler.
  取消空闲的 worker 会结束它们的 `while True` 循环；每个 worker 在处理
  CancelledError 时返回自己的报告。
"""
import asyncio


class DownloadError(Exception):
    pass


FILES = [("index.html", 0.3), ("logo.png", 0.6), ("big.iso", 5.0), ("app.js", 0.4),
         ("broken.txt", 0.2), ("style.css", 0.3), ("data.json", 0.5), ("font.woff", 0.7)]


async def transfer(name, seconds):
    await asyncio.sleep(seconds)
    if name.startswith("broken"):
        raise DownloadError(f"{name}: checksum mismatch")
    return len(name) * 100


async def worker(wid, queue, sem, loop):
    done, failed = [], []
    try:
        while True:
            name, seconds = await queue.get()
            try:
                async with sem:
                    print(f"[w{wid}] transfer {name:<11} at {loop.time():.1f}")
                    try:
                        size = await asyncio.wait_for(transfer(name, seconds), timeout=1.5)
                        done.append(name)
                        print(f"[w{wid}] done     {name:<11} {size:>5} bytes")
                    except asyncio.TimeoutError:
                        failed.append(name)
                        print(f"[w{wid}] timeout  {name}")
                    except DownloadError as e:
                        failed.append(name)
                        print(f"[w{wid}] error    {e}")
                    finally:
                        print(f"[w{wid}] release  connection for {name}")
            finally:
                queue.task_done()
    except asyncio.CancelledError:
        return f"w{wid}: {len(done)} ok, {len(failed)} failed"


async def main():
    loop = asyncio.get_running_loop()
    queue = asyncio.Queue()
    sem = asyncio.Semaphore(2)
    workers = [asyncio.create_task(worker(i, queue, sem, loop)) for i in range(3)]
    for item in FILES:
        await queue.put(item)
    await queue.join()
    print(f"all {len(FILES)} downloads handled at {loop.time():.1f}")
    for w in workers:
        w.cancel()
    for report in await asyncio.gather(*workers):
        print(report)


asyncio.run(main())
