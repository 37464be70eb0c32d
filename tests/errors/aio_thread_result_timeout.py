# A worker waiting on the loop with a timeout shorter than the work.
import asyncio


def ask_loop(loop):
    fut = asyncio.run_coroutine_threadsafe(asyncio.sleep(1, "done"), loop)
    return fut.result(timeout=0.25)


async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.to_thread(ask_loop, loop))


asyncio.run(main())
