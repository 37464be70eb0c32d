# wait_for around to_thread: the timeout cancels the await, not the thread.
#
# A thread cannot be interrupted.  When wait_for gives up, the coroutine
# gets TimeoutError at once, but the worker keeps running its blocking call
# to the end, and asyncio.run's shutdown (shutdown_default_executor) waits
# for it before the program goes on.
import asyncio
import time


def slow_report(seconds):
    print(f"report: working for {seconds}s")
    time.sleep(seconds)
    print("report: finished anyway")
    return "report.pdf"


async def main():
    try:
        result = await asyncio.wait_for(asyncio.to_thread(slow_report, 3), timeout=1)
        print("got", result)
    except asyncio.TimeoutError:
        print("timed out after", f"{asyncio.get_running_loop().time():.1f}s")

    quick = await asyncio.wait_for(asyncio.to_thread(slow_report, 0.5), timeout=1)
    print("quick result:", quick)
    print("main returns")


asyncio.run(main())
print("asyncio.run returned")
