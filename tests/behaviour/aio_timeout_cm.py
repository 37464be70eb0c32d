# asyncio.timeout (3.11): expiry raises TimeoutError outside the block; when/expired/reschedule
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.5) as cm:
            print("deadline", cm.when())
            await asyncio.sleep(2)
            print("never")
    except TimeoutError:
        print(f"timed out at {loop.time():.2f}, expired={cm.expired()}")
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.1)
    print("finished in time, expired =", cm.expired())
    try:
        async with asyncio.timeout(None) as cm:
            print("no deadline:", cm.when())
            cm.reschedule(loop.time() + 0.3)
            print(f"rescheduled to {cm.when():.2f}")
            await asyncio.sleep(1)
    except TimeoutError:
        print(f"rescheduled timeout fired at {loop.time():.2f}")
    try:
        async with asyncio.timeout(0.2):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("inside: CancelledError, converted on exit")
                raise
    except TimeoutError:
        print(f"timeout fired at {loop.time():.2f}")

asyncio.run(main())
