"""Basic concepts: coroutine, event loop, Future, Task

The four words of asyncio, one at a time. A coroutine function (`async def`)
returns a coroutine object when called, and runs nothing yet. The event loop
runs callbacks and keeps timers. A Future is a box for a result that will
arrive later. A Task is a Future that drives a coroutine on the loop.

基本概念，一次一个：协程函数（`async def`）被调用时只返回一个协程对象，并不
执行。事件循环负责运行回调、管理定时器。Future 表示一个将来才会有的结果。
Task 是 Future 的子类，它在事件循环中驱动一个协程运行。

What to watch for / 观察要点:
- "coroutine created" is printed before the coroutine's body ever runs.
  “coroutine created” 打印时，协程体一行都还没执行。
- The Future is pending until the loop's 0.5 s timer calls `set_result`;
  `await fut` suspends main until then.
  Future 一直处于 pending 状态，直到 0.5 秒的定时器调用 `set_result`；
  在此之前 `await fut` 让 main 挂起。
- `create_task` schedules the coroutine: it starts only when main suspends,
  and the Task is also a Future (`isinstance(task, asyncio.Future)`).
  `create_task` 只是安排协程运行：它要等 main 挂起后才开始，并且 Task 也是
  一个 Future。
"""
import asyncio


async def compute(x):
    # 协程：在 await 处暂停，之后恢复
    print(f"compute({x}) running")
    await asyncio.sleep(1)
    print(f"compute({x}) done")
    return x * 2


async def main():
    # 1. 协程（Coroutine）
    coro = compute(21)
    print("coroutine created:", type(coro).__name__)

    # 2. 事件循环（Event Loop）
    loop = asyncio.get_running_loop()
    print(f"event loop running, time = {loop.time():.1f}")

    # 3. Future：一个将来才会有的结果
    fut = loop.create_future()
    loop.call_later(0.5, fut.set_result, "the future's result")
    print("future done?", fut.done())
    value = await fut
    print("future done?", fut.done(), "->", value)

    # 4. Task：把协程包装起来，交给事件循环调度
    task = asyncio.create_task(coro, name="compute-task")
    print("task created:", task.get_name(), "done?", task.done())
    print("a Task is a Future:", isinstance(task, asyncio.Future))
    result = await task
    print("task result:", result, "done?", task.done())


asyncio.run(main())
