"""Limiting concurrency with asyncio.Semaphore

Five workers share `asyncio.Semaphore(2)`: `async with semaphore` lets at
most two of them inside at a time. The others wait in the semaphore's queue
and enter, in order, as places are released.

使用 `asyncio.Semaphore` 控制并发数：五个 worker 共用 `Semaphore(2)`，
`async with semaphore` 保证同一时刻最多只有两个 worker 在执行。其余的在信号量的
等待队列中排队，有名额释放时按顺序进入。

What to watch for / 观察要点:
- Workers 0 and 1 start at t=0, 2 and 3 at t=2, worker 4 at t=4; the run
  ends at 6 s. worker 0、1 在 0 秒开始，2、3 在 2 秒，4 在 4 秒；6 秒结束。
- A finishing worker hands its place to the first waiter (FIFO), which starts
  in a later loop iteration at the same virtual time.
  结束的 worker 把名额交给第一个等待者（先进先出），等待者在同一虚拟时间的
  后续循环迭代中开始。
- The semaphore's value and its waiters change at each release.
  每次释放时，信号量的值和等待者列表都会变化。
"""
import asyncio

async def worker(semaphore, id):
    async with semaphore:
        print(f"Worker {id} started")
        await asyncio.sleep(2)
        print(f"Worker {id} finished")

async def main():
    semaphore = asyncio.Semaphore(2)  # 限制并发数为2
    tasks = [worker(semaphore, i) for i in range(5)]
    await asyncio.gather(*tasks)

asyncio.run(main())
