# asyncio.wait with FIRST_EXCEPTION and with timeout= (which does not cancel anything)
import asyncio


async def job(d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise RuntimeError(f"job {d} failed")
    return d


def names(s):
    return sorted(t.get_name() for t in s)


async def main():
    loop = asyncio.get_running_loop()
    ts = [asyncio.create_task(job(0.1), name="a"), asyncio.create_task(job(0.2, True), name="b"),
          asyncio.create_task(job(0.5), name="c")]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print(f"{loop.time():.1f}", names(done), names(pending), repr(ts[1].exception()))
    done, pending = await asyncio.wait(pending, timeout=0.1)
    print(f"{loop.time():.1f}", names(done), names(pending), "c cancelled?", ts[2].cancelled())
    done, pending = await asyncio.wait(pending, timeout=5)
    print(f"{loop.time():.1f}", names(done), names(pending))
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
