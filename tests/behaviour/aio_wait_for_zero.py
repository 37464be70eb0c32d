# gotcha 5: wait_for(timeout=0) cancels the task before its body runs
import asyncio


async def body():
    print("body started (never printed)")
    return 1


async def main():
    try:
        await asyncio.wait_for(body(), timeout=0)
    except asyncio.TimeoutError:
        print("timed out immediately")
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result("already done")
    print(await asyncio.wait_for(f, timeout=0))


asyncio.run(main())
