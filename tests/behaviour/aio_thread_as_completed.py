# Handling thread results as they finish with asyncio.as_completed.
#
# Each thumbnail takes a different time in its worker thread; as_completed
# yields them fastest first, while asyncio.timeout bounds the whole batch.
import asyncio
import time


def make_thumbnail(name, seconds):
    time.sleep(seconds)
    return f"{name}.thumb"


async def main():
    jobs = {"cat": 0.7, "dog": 0.2, "owl": 1.5, "bee": 0.4}
    done = []
    try:
        async with asyncio.timeout(1.0):
            for next_done in asyncio.as_completed(
                [asyncio.to_thread(make_thumbnail, n, s) for n, s in jobs.items()]
            ):
                thumb = await next_done
                done.append(thumb)
                print(f"{asyncio.get_running_loop().time():.1f}s {thumb}")
    except TimeoutError:
        print("batch timed out; finished:", done)


asyncio.run(main())
print("the owl's thread finished before the program ended")
