"""Timeouts with asyncio.wait_for

`asyncio.wait_for(coro, timeout=5)` runs the coroutine as a task and waits at
most 5 seconds. `long_running_task` needs 10, so at t=5 wait_for cancels it
and raises `asyncio.TimeoutError`, which `main` catches.

超时处理：`asyncio.wait_for(coro, timeout=5)` 把协程作为任务运行，最多等待
5 秒。`long_running_task` 需要 10 秒，所以在第 5 秒 wait_for 取消它并抛出
`asyncio.TimeoutError`，由 `main` 捕获。

What to watch for / 观察要点:
- Two timers are pending: the task's 10 s sleep and wait_for's 5 s timeout.
  有两个定时器：任务的 10 秒睡眠和 wait_for 的 5 秒超时。
- At t=5.000 the inner task is cancelled first (its sleep timer is
  cancelled), then "Task timed out" is printed; the program ends at 5 s, not
  10 s. 在 5 秒时内部任务先被取消（它的睡眠定时器也被取消），然后打印
  “Task timed out”；程序在 5 秒结束，而不是 10 秒。
- "Task finished" is never returned. 永远不会返回 “Task finished”。
"""
import asyncio

async def long_running_task():
    await asyncio.sleep(10)
    return "Task finished"

async def main():
    try:
        result = await asyncio.wait_for(long_running_task(), timeout=5)
        print(result)
    except asyncio.TimeoutError:
        print("Task timed out")

asyncio.run(main())
