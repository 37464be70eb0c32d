# Callbacks queued on a loop that is not running, from inside another
# loop; they run when that loop runs.
import asyncio


async def main():
    other = asyncio.new_event_loop()
    other.call_soon(print, "hi from other")
    other.call_later(1, print, "other timer")
    h = other.call_later(0.5, print, "cancelled")
    h.cancel()
    await asyncio.sleep(2)
    return other

other = asyncio.run(main())
other.call_later(1.5, other.stop)
other.run_forever()
print(other.time())
other.close()
