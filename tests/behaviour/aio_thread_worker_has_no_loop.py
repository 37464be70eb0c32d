# A worker thread has no running event loop of its own.
#
# get_running_loop() and current_task() only work in the loop's thread;
# code in to_thread must be given the loop explicitly.
import asyncio


def inspect_thread(loop):
    try:
        asyncio.get_running_loop()
    except RuntimeError as exc:
        print("get_running_loop in worker:", exc)
    try:
        asyncio.current_task()
    except RuntimeError as exc:
        print("current_task in worker:", exc)
    print("loop given explicitly is running:", loop.is_running())
    return "ok"


async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.to_thread(inspect_thread, loop))
    print("in the loop's thread:", asyncio.get_running_loop() is loop)


asyncio.run(main())
