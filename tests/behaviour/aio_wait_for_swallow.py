# gotcha 5: an inner task that swallows the cancellation makes wait_for return its value
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn: cancelled, cleaning up for 0.2s")
        await asyncio.sleep(0.2)
        print("stubborn: returning a value anyway")
        return "swallowed"
    return "finished"


async def slow_cleanup():
    try:
        await asyncio.sleep(10)
    finally:
        print("slow_cleanup: finally starts")
        await asyncio.sleep(0.3)
        print("slow_cleanup: finally ends")


async def main():
    loop = asyncio.get_running_loop()
    r = await asyncio.wait_for(stubborn(), timeout=1)
    print("wait_for returned", repr(r), "at", round(loop.time(), 3))
    try:
        await asyncio.wait_for(slow_cleanup(), timeout=1)
    except asyncio.TimeoutError:
        print("TimeoutError only after clean-up, at", round(loop.time(), 3))


asyncio.run(main())
