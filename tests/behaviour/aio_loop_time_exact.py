# gotcha 1: deadlines are exact double arithmetic; loop.time() is printed with repr
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(0.1)
    await asyncio.sleep(0.2)
    print(loop.time())
    await asyncio.sleep(0.4)
    print(loop.time())
    for _ in range(7):
        await asyncio.sleep(0.1)
    print(loop.time())
    order = []
    loop.call_later(0.4 + 0.1, order.append, "0.4+0.1")
    loop.call_later(0.25 * 2, order.append, "0.25*2")
    loop.call_later(0.5, order.append, "0.5")
    await asyncio.sleep(1)
    print(order)


asyncio.run(main())
