# Handle.cancel on call_soon and call_later handles; cancelled() and double cancel
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    h1 = loop.call_soon(print, "soon 1")
    h2 = loop.call_soon(print, "soon 2 (cancelled)")
    h3 = loop.call_later(0.1, print, "later (cancelled)")
    h4 = loop.call_later(0.2, print, "later kept")
    h2.cancel()
    h3.cancel()
    h3.cancel()
    print(h1.cancelled(), h2.cancelled(), h3.cancelled(), h4.cancelled())
    print(f"{h4.when():.1f}")
    await asyncio.sleep(0.5)
    h1.cancel()
    print("cancelling a handle that already ran:", h1.cancelled())


asyncio.run(main())
