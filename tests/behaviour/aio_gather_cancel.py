# gotcha 4: cancelling a gather, and a cancelled child inside gather
import asyncio


async def sleeper(name, d):
    try:
        await asyncio.sleep(d)
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    a = asyncio.create_task(sleeper("a", 1))
    b = asyncio.create_task(sleeper("b", 2))
    g = asyncio.gather(a, b, return_exceptions=True)
    await asyncio.sleep(0.1)
    b.cancel()
    r = await g
    print("results:", [repr(x) for x in r])

    g2 = asyncio.gather(sleeper("c", 1), sleeper("d", 1))
    await asyncio.sleep(0.1)
    print("cancel() ->", g2.cancel())
    try:
        await g2
    except asyncio.CancelledError:
        print("awaiting g2 raised CancelledError")
    print("g2.cancelled():", g2.cancelled())

    e = asyncio.create_task(sleeper("e", 1))
    g3 = asyncio.gather(e, sleeper("f", 0.5))
    await asyncio.sleep(0.1)
    e.cancel()
    try:
        await g3
    except asyncio.CancelledError:
        print("g3 raised CancelledError; main cancelled?", asyncio.current_task().cancelled())
    await asyncio.sleep(1)
    print("main still alive")


asyncio.run(main())
