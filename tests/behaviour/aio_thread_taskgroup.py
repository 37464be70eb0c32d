# A TaskGroup of thread jobs: one failure cancels the awaiting tasks (not
# the threads) and the group raises an ExceptionGroup.
import asyncio
import time


class Job:
    def __init__(self, name, seconds, fail=False):
        self.name, self.seconds, self.fail = name, seconds, fail

    def run(self):
        time.sleep(self.seconds)
        if self.fail:
            raise RuntimeError(f"{self.name} failed")
        print(f"{self.name} finished at {time.monotonic():.1f}")
        return self.name


async def main():
    jobs = [Job("backup", 1.0), Job("index", 0.3, fail=True), Job("mail", 0.2)]
    try:
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(asyncio.to_thread(j.run), name=j.name) for j in jobs]
    except* RuntimeError as eg:
        print("group failed:", [str(e) for e in eg.exceptions])
    for t in tasks:
        print(t.get_name(), "cancelled" if t.cancelled() else repr(t.exception() or t.result()))


asyncio.run(main())
