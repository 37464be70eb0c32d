"""Exception handling: try/except around await

An exception raised inside a coroutine travels up through `await` exactly as
it would through a normal function call, so the usual `try`/`except` catches
it in the caller.

异常处理：协程中抛出的异常会沿着 `await` 向上传播，和普通函数调用完全一样，
所以调用者可以用常规的 `try`/`except` 捕获它。

What to watch for / 观察要点:
- `faulty_task()` raises before it ever suspends, so no loop iteration passes
  between the raise and the except. `faulty_task()` 在挂起之前就抛出异常，
  抛出与捕获之间没有经过任何事件循环迭代。
- The message printed is the exception's own text.
  打印的信息就是异常自身的文本。
"""
import asyncio

async def faulty_task():
    raise ValueError("Something went wrong")

async def main():
    try:
        await faulty_task()
    except ValueError as e:
        print(f"Caught an exception: {e}")

asyncio.run(main())
