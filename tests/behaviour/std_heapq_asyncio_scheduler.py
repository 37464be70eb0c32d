# A tiny deadline scheduler: jobs in a heap, run in deadline order by an asyncio task.
import asyncio
from _heapq import heappush, heappop


class Scheduler:
    def __init__(self):
        self.heap = []
        self.seq = 0
        self.wakeup = asyncio.Event()

    def submit(self, deadline, name):
        heappush(self.heap, (deadline, self.seq, name))
        self.seq += 1
        self.wakeup.set()

    async def run(self, loop, until):
        while loop.time() < until:
            if not self.heap:
                self.wakeup.clear()
                try:
                    await asyncio.wait_for(self.wakeup.wait(), until - loop.time())
                except asyncio.TimeoutError:
                    break
                continue
            deadline, _, name = self.heap[0]
            delay = deadline - loop.time()
            if delay > 0:
                await asyncio.sleep(delay)
                continue
            heappop(self.heap)
            print(f"{loop.time():.2f}: run {name} (deadline {deadline})")


async def main():
    loop = asyncio.get_running_loop()
    s = Scheduler()
    for deadline, name in [(0.5, "backup"), (0.2, "email"), (0.2, "sms"), (1.0, "report")]:
        s.submit(deadline, name)
    runner = asyncio.create_task(s.run(loop, 2.0))
    await asyncio.sleep(0.3)
    s.submit(0.4, "late-added")
    await runner
    print("pending:", s.heap)


asyncio.run(main())
