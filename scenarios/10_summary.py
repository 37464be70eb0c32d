"""Summary: every tool of the article in one short tour

One small program per idea, run one after another: a coroutine awaited
directly, `gather`, `create_task`, a `Queue`, `try`/`except` around an
`await`, `wait_for` with a timeout, and a `Semaphore`. Each step prints the
virtual time it took, so you can compare sequential and concurrent work.

总结：把文章里的每个工具都用一次，按顺序运行：直接 await 协程、`gather`、
`create_task`、`Queue`、包住 `await` 的 `try`/`except`、带超时的 `wait_for`
以及 `Semaphore`。每一步都打印它花费的虚拟时间，方便比较顺序执行与并发执行。

What to watch for / 观察要点:
- gather and create_task finish three 1 s jobs in 1 s; awaiting them one by
  one would take 3 s. gather 和 create_task 用 1 秒完成三个 1 秒的任务；
  逐个 await 需要 3 秒。
- The timeout step ends at exactly 0.5 s after it starts, and the slow job is
  cancelled. 超时那一步恰好在开始后 0.5 秒结束，慢任务被取消。
- With Semaphore(2), four 1 s jobs take 2 s.
  使用 Semaphore(2) 时，四个 1 秒的任务共用 2 秒。
"""
import asyncio
import time


async def job(name, seconds):
    await asyncio.sleep(seconds)
    return f"{name}:{seconds}s"


async def step(title, coro):
    start = time.perf_counter()
    result = await coro
    print(f"{title:<14} -> {result}  ({time.perf_counter() - start:.1f}s)")


async def sequential():
    return [await job("a", 1), await job("b", 1), await job("c", 1)]


async def with_tasks():
    tasks = [asyncio.create_task(job(n, 1)) for n in "abc"]
    return [await t for t in tasks]


async def with_queue():
    queue = asyncio.Queue()
    for i in range(3):
        queue.put_nowait(i * i)
    total = 0
    while not queue.empty():
        total += await queue.get()
        queue.task_done()
    await queue.join()
    return f"sum of squares {total}"


async def failing():
    await asyncio.sleep(0.1)
    raise ValueError("bad input")


async def with_except():
    try:
        await failing()
    except ValueError as e:
        return f"caught {type(e).__name__}: {e}"


async def with_timeout():
    try:
        return await asyncio.wait_for(job("slow", 10), timeout=0.5)
    except asyncio.TimeoutError:
        return "timed out"


async def with_semaphore():
    sem = asyncio.Semaphore(2)

    async def limited(n):
        async with sem:
            return await job(n, 1)

    return await asyncio.gather(*(limited(n) for n in "wxyz"))


async def main():
    await step("sequential", sequential())
    await step("gather", asyncio.gather(job("a", 1), job("b", 1), job("c", 1)))
    await step("create_task", with_tasks())
    await step("queue", with_queue())
    await step("try/except", with_except())
    await step("wait_for", with_timeout())
    await step("semaphore", with_semaphore())


asyncio.run(main())
