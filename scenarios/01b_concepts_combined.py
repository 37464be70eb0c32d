"""Concepts combined: tasks, a Future and the loop working together

Two worker tasks run concurrently while `main` waits on a Future. The loop
runs everything: the workers' sleeps are timers, and when the second worker
finishes it resolves the Future through `loop.call_soon`, which wakes `main`.
Done-callbacks on the tasks show when each Task (a Future itself) completes.

基本概念的组合：两个 worker 任务并发运行，`main` 则等待一个 Future。一切都由
事件循环驱动：worker 的 sleep 是定时器；第二个 worker 完成时通过
`loop.call_soon` 设置 Future 的结果，从而唤醒 `main`。任务上的完成回调显示
每个 Task（它本身也是 Future）何时完成。

What to watch for / 观察要点:
- Both workers start at t=0.000 in creation order, after main suspends.
  main 挂起后，两个 worker 按创建顺序在 0 秒开始。
- Done-callbacks run in a later loop iteration than the task's last line:
  they are queued with call_soon. 完成回调比任务最后一行晚一个迭代运行：
  它们是用 call_soon 排队的。
- main resumes only after the Future gets its result, then reads the tasks'
  results without waiting. main 要等 Future 有了结果才恢复，之后读取任务结果
  不再需要等待。
"""
import asyncio


async def worker(name, delay, loop, fut):
    print(f"{name}: start, sleeping {delay}s")
    await asyncio.sleep(delay)
    print(f"{name}: woke up at {loop.time():.1f}")
    if fut is not None:
        loop.call_soon(fut.set_result, f"{name} says all done")
    return name.upper()


def on_done(task):
    print(f"callback: {task.get_name()} finished with {task.result()!r}")


async def main():
    loop = asyncio.get_running_loop()
    all_done = loop.create_future()
    first = asyncio.create_task(worker("alpha", 1, loop, None), name="alpha")
    second = asyncio.create_task(worker("beta", 2, loop, all_done), name="beta")
    for t in (first, second):
        t.add_done_callback(on_done)
    print("main: waiting on the future")
    message = await all_done
    print(f"main: future resolved: {message}")
    print("main: results", [first.result(), await second])


asyncio.run(main())
