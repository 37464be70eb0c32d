# awaiting a coroutine that never suspends does not yield to the loop
import asyncio


async def quick(x):
    return x + 1


async def other():
    print("other task runs")


async def main():
    asyncio.get_running_loop().call_soon(print, "callback")
    asyncio.create_task(other())
    total = 0
    for i in range(3):
        total += await quick(i)
    print("three awaits done without yielding, total", total)
    await asyncio.sleep(0)
    print("after sleep(0)")


asyncio.run(main())
