"""Running coroutines concurrently with asyncio.gather

`asyncio.gather(task1(), task2())` wraps each coroutine in a task and waits
until all of them are done. Both tasks start at once; task 2 sleeps 1 s and
finishes first, task 1 sleeps 2 s. The whole run takes 2 s, not 3.

并发执行多个协程：`asyncio.gather` 把每个协程包装成任务，并等待它们全部完成。
两个任务同时开始；任务 2 只睡 1 秒，先结束；任务 1 睡 2 秒。总共用时 2 秒，
而不是 3 秒。

What to watch for / 观察要点:
- Both "started" lines at t=0.000, in the order given to gather.
  两行 “started” 都在 0 秒，顺序与传给 gather 的顺序相同。
- "Task 2 finished" at 1.000 before "Task 1 finished" at 2.000.
  “Task 2 finished” 在 1 秒，早于 2 秒的 “Task 1 finished”。
- While both tasks sleep, the timer heap holds two timers and the ready queue
  is empty. 两个任务都在睡眠时，定时器堆里有两个定时器，就绪队列为空。
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
    await asyncio.gather(task1(), task2())

asyncio.run(main())
