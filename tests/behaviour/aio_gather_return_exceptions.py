# gather(return_exceptions=True) collects exceptions; without it the first exception propagates
import asyncio


async def ok(v):
    await asyncio.sleep(0.1)
    return v


async def fail(msg, d):
    await asyncio.sleep(d)
    raise ValueError(msg)


async def main():
    r = await asyncio.gather(ok(1), fail("bad", 0.05), ok(3), return_exceptions=True)
    print([repr(x) for x in r])
    others = [asyncio.create_task(ok("survivor"))]
    try:
        await asyncio.gather(fail("first", 0.05), others[0], fail("second", 0.2))
    except ValueError as e:
        print("gather raised", e)
    print("survivor still running?", not others[0].done())
    print("survivor result", await others[0])


asyncio.run(main())
