# gotcha 6: cancel() twice on a pending task returns True both times, one CancelledError is delivered
import asyncio


async def resilient():
    for attempt in range(3):
        try:
            await asyncio.sleep(1)
            print("attempt", attempt, "slept fully")
        except asyncio.CancelledError:
            print("attempt", attempt, "cancelled; carrying on")
    return "survived"


async def main():
    t = asyncio.create_task(resilient())
    await asyncio.sleep(0.1)
    print(t.cancel(), t.cancel())
    print(await t, "at", asyncio.get_running_loop().time())


asyncio.run(main())
