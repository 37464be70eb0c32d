"""Basic usage: a coroutine that says Hello, sleeps, says World

A coroutine is defined with `async def` and started with `asyncio.run()`,
which creates the event loop, runs `main()` until it finishes and closes the
loop. `await asyncio.sleep(1)` suspends `say_hello` for one second; while it
waits, the loop has nothing else to do, so the clock simply jumps ahead.

基本用法：用 `async def` 定义协程，用 `asyncio.run()` 启动事件循环并运行
`main()`。`await asyncio.sleep(1)` 让 `say_hello` 暂停一秒；暂停期间事件循环
没有别的事可做，所以时钟直接跳到一秒之后。

What to watch for / 观察要点:
- "Hello" at t=0.000, "World" at t=1.000: the sleep is a timer on the loop.
  “Hello” 在 0 秒打印，“World” 在 1 秒打印：sleep 是事件循环上的一个定时器。
- `main` awaits `say_hello()` directly: no new task is created, the coroutine
  runs inside the main task. main 直接 await 协程，不会创建新的任务。
"""
import asyncio

async def say_hello():
    print("Hello")
    await asyncio.sleep(1)
    print("World")

async def main():
    await say_hello()

# 运行事件循环
asyncio.run(main())
