# loop.call_soon runs callbacks FIFO, after the current step; callbacks queued by callbacks run next iteration
import asyncio


def cb(tag, loop):
    print("callback", tag)
    if tag == "b":
        loop.call_soon(cb, "b-child", loop)


async def main():
    loop = asyncio.get_running_loop()
    for tag in "abc":
        loop.call_soon(cb, tag, loop)
    print("scheduled, not yet run")
    await asyncio.sleep(0)
    print("after one sleep(0)")
    await asyncio.sleep(0)
    print("after two sleep(0)")


asyncio.run(main())
