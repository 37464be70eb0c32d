# Shutting the default executor down by hand.
#
# loop.shutdown_default_executor() waits for the workers to finish their
# jobs; afterwards run_in_executor(None, ...) refuses new work.  asyncio.run
# calls it for you at the end.
import asyncio
import time


def job(name, seconds):
    time.sleep(seconds)
    print(f"{name} finished at {time.monotonic():.1f}")
    return name


async def main():
    loop = asyncio.get_running_loop()
    pending = [loop.run_in_executor(None, job, f"job{i}", 0.5 * (i + 1)) for i in range(3)]
    await asyncio.sleep(0.1)
    print("shutting down at", f"{loop.time():.1f}")
    await loop.shutdown_default_executor()
    print("shutdown complete at", f"{loop.time():.1f}")
    print("results:", [f.result() for f in pending])
    try:
        await asyncio.to_thread(job, "late", 0.1)
    except RuntimeError as exc:
        print("RuntimeError:", exc)
    # Nothing to do the second time.
    await loop.shutdown_default_executor()
    print("second shutdown ok")


asyncio.run(main())
