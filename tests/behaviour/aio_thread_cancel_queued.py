# Cancelling work that waits in the executor's queue.
#
# With 8 workers busy, further jobs wait in the queue.  Cancelling the
# awaiting future cancels a queued job (it never runs); a job that already
# runs in a thread cannot be stopped and finishes anyway.
import asyncio
import time

started = []


def job(n):
    started.append(n)
    time.sleep(1)
    return n


async def main():
    loop = asyncio.get_running_loop()
    futures = [loop.run_in_executor(None, job, n) for n in range(10)]
    await asyncio.sleep(0.5)
    print("started so far:", sorted(started))
    for f in futures[7:]:
        print("cancel", futures.index(f), "->", f.cancel())
    results = await asyncio.gather(*futures, return_exceptions=True)
    print([type(r).__name__ if isinstance(r, BaseException) else r for r in results])
    print("started in total:", sorted(started))
    print(f"t={loop.time():.1f}")


asyncio.run(main())
print("after asyncio.run:", sorted(started))
