"""Meeting points with asyncio.Barrier

Three download workers fetch their part of a file in rounds. After each
round every worker waits at `asyncio.Barrier(3)`: nobody starts round 2
before all three have finished round 1. The last one to arrive releases
the others; `wait()` returns each worker's arrival position.

使用 `asyncio.Barrier` 设置汇合点：三个下载 worker 分轮下载文件的各个部分。
每轮结束后，worker 都在 `asyncio.Barrier(3)` 处等待：三个都完成第 1 轮之前，
谁也不会开始第 2 轮。最后到达的那个放行其他 worker；`wait()` 返回每个 worker
的到达顺序号。

What to watch for / 观察要点:
- Round 1 ends at t=1.5 (the slowest worker); round 2 starts for everyone
  then, and ends at t=2.5. 第 1 轮在 1.5 秒结束（最慢的 worker），所有人随即
  开始第 2 轮，在 2.5 秒结束。
- Fast workers wait at the barrier: `n_waiting` grows to 2, then the third
  arrival sets the barrier draining and wakes them.
  快的 worker 在屏障处等待：`n_waiting` 增加到 2，第三个到达时屏障进入
  draining 状态并唤醒它们。
- Index 2 goes to the last arrival of each round; the others get 0 and 1.
  每轮最后到达的 worker 得到序号 2，其余得到 0 和 1。
"""
import asyncio

async def downloader(name, barrier, seconds_per_round):
    for rnd, seconds in enumerate(seconds_per_round, 1):
        print(f"{name}: round {rnd}, downloading for {seconds} s")
        await asyncio.sleep(seconds)
        print(f"{name}: round {rnd} done, {barrier.n_waiting} already waiting")
        position = await barrier.wait()  # 等待所有 worker 到达
        print(f"{name}: round {rnd} released, arrived as #{position}")

async def main():
    barrier = asyncio.Barrier(3)
    await asyncio.gather(
        downloader("worker-A", barrier, [0.5, 1.0]),
        downloader("worker-B", barrier, [1.5, 0.5]),
        downloader("worker-C", barrier, [1.0, 0.2]),
    )
    print("all parts downloaded; barrier broken:", barrier.broken)

asyncio.run(main())
