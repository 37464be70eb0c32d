# loop.call_later / call_at: timers fire in deadline order; handles can be cancelled
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    loop.call_later(0.3, print, "later 0.3")
    loop.call_later(0.1, print, "later 0.1")
    h = loop.call_later(0.2, print, "cancelled, never printed")
    loop.call_at(t0 + 0.25, print, "call_at 0.25")
    loop.call_later(0, print, "later 0")
    loop.call_soon(print, "soon")
    h.cancel()
    print("cancelled?", h.cancelled())
    await asyncio.sleep(0.5)
    print(f"done at {loop.time():.2f}")


asyncio.run(main())
