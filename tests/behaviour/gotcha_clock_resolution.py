# gotcha 1: a timer is due when `when < now + clock_resolution` (1e-9 on the reference)
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(1)
    t = loop.time()
    loop.call_at(t + 1e-8, lambda: print("1e-8 later: clock moved by", loop.time() - t))
    loop.call_at(t + 1e-10, lambda: print("1e-10 later: due at once, clock moved by", loop.time() - t))
    loop.call_at(t - 1, lambda: print("in the past: due at once"))
    loop.call_soon(print, "call_soon")
    await asyncio.sleep(0.5)
    print("end", loop.time())


asyncio.run(main())
