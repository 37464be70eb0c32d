"""Scheduling tasks with asyncio.create_task

`asyncio.create_task(coro)` wraps a coroutine in a Task and schedules it on
the event loop right away; it does not run it yet. The tasks start when
`main` first suspends (at `await task1_task`). Awaiting task 1 and then
task 2 still takes only 2 s, because both were already running.

使用 `asyncio.create_task` 创建任务：它把协程包装成任务并立即安排到事件循环
中，但不会马上执行。直到 `main` 第一次挂起（`await task1_task`）时，两个任务
才开始运行。先等任务 1 再等任务 2，总共仍然只用 2 秒，因为两个任务早已在并发
运行。

What to watch for / 观察要点:
- Creating a coroutine object (`task1()`) runs none of its code.
  调用 `task1()` 只是创建协程对象，不执行其中任何代码。
- Both tasks start at t=0.000 after main suspends; task 2 finishes at 1.000,
  task 1 at 2.000. 两个任务在 main 挂起后于 0 秒开始；任务 2 在 1 秒结束，
  任务 1 在 2 秒结束。
- `await task2_task` returns at once: task 2 is already done.
  `await task2_task` 立即返回，因为任务 2 已经完成。
"""
import asyncio

async def task1():
    print("Task 1 started")
    await asyncio.sleep(2)
    print("Task 1 finished")

async def task2():
    print("Task 2 started")
    await asyncio.sleep(1)
    print("Task 2 finished")

async def main():
    task1_coro = task1()
    task2_coro = task2()

    task1_task = asyncio.create_task(task1_coro)
    task2_task = asyncio.create_task(task2_coro)

    await task1_task
    await task2_task

asyncio.run(main())
