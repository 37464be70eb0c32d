"""Producer and consumer with asyncio.Queue

The producer puts five items into an `asyncio.Queue`, sleeping a random time
(`random.random()` seconds, seeded with 0) after each; the consumer takes
items out forever and calls `task_done()` for each. `main` waits for the
producer, then for `queue.join()` (every item processed), then cancels the
consumer, which would otherwise wait forever.

使用 `asyncio.Queue` 管理任务队列：生产者向队列放入 5 个数据，每放一个就随机
睡眠 `random.random()` 秒（随机数种子为 0）；消费者不断取出数据，每处理一个就
调用 `task_done()`。`main` 先等待生产者结束，再等待 `queue.join()`（所有数据
都已处理），最后取消消费者，否则它会永远等待下去。

What to watch for / 观察要点:
- Each "Consuming i" follows "Producing i" at the same virtual time: the
  consumer was waiting in `queue.get()` and the put woke it up.
  每个 “Consuming i” 都紧跟 “Producing i”，时间相同：消费者一直在
  `queue.get()` 中等待，put 唤醒了它。
- The random sleeps give irregular gaps; with seed 0 they are the same every
  run. 随机睡眠让间隔长短不一；种子为 0 时每次运行结果都一样。
- At the end the consumer is cancelled while waiting on an empty queue.
  最后，消费者在等待空队列时被取消。
"""
import asyncio
import random

async def producer(queue):
    for i in range(5):
        print(f"Producing {i}")
        await queue.put(i)
        await asyncio.sleep(random.random())

async def consumer(queue):
    while True:
        item = await queue.get()
        print(f"Consuming {item}")
        queue.task_done()

async def main():
    queue = asyncio.Queue()

    producer_task = asyncio.create_task(producer(queue))
    consumer_task = asyncio.create_task(consumer(queue))

    await producer_task
    await queue.join()  # 等待队列中的所有任务完成
    consumer_task.cancel()  # 取消消费者任务

asyncio.run(main())
