# Threads with a loop you create yourself (the pre-asyncio.run style).
#
# run_until_complete drives the loop; the default executor belongs to the
# loop.  loop.close() shuts the executor down without waiting, so the
# program shuts it down properly first, as asyncio.run would.
import asyncio
import time


def blocking_lookup(key):
    time.sleep(0.3)
    return {"alpha": 1, "beta": 2}.get(key, 0)


async def lookup_all(keys):
    loop = asyncio.get_running_loop()
    futures = [loop.run_in_executor(None, blocking_lookup, k) for k in keys]
    return await asyncio.gather(*futures)


loop = asyncio.new_event_loop()
try:
    print(loop.run_until_complete(lookup_all(["alpha", "beta", "gamma"])))
    print(f"after the first run: {loop.time():.1f}s")
    print(loop.run_until_complete(asyncio.wrap_future(
        asyncio.run_coroutine_threadsafe(asyncio.sleep(0.2, "from the loop"), loop), loop=loop)))
    loop.run_until_complete(loop.shutdown_default_executor())
    print(f"executor shut down at {loop.time():.1f}s")
finally:
    loop.close()
print("closed:", loop.is_closed())
try:
    loop.run_in_executor(None, print, "never")
except RuntimeError as exc:
    print("RuntimeError:", exc)
