# shield: the outer await is cancelled, the inner task keeps running
import asyncio


async def important():
    await asyncio.sleep(1)
    print("important work finished")
    return "saved"


async def main():
    inner = asyncio.create_task(important())
    try:
        await asyncio.wait_for(asyncio.shield(inner), timeout=0.5)
    except asyncio.TimeoutError:
        print("outer timed out; inner cancelled?", inner.cancelled())
    print("inner result", await inner)
    protected = asyncio.create_task(asyncio.sleep(0.3, "shielded value"))

    async def guarded():
        return await asyncio.shield(protected)

    waiter = asyncio.create_task(guarded())
    await asyncio.sleep(0.1)
    waiter.cancel()
    try:
        await waiter
    except asyncio.CancelledError:
        print("waiter cancelled, shielded sleep continues")
    print("protected continues:", await protected, "at", asyncio.get_running_loop().time())


asyncio.run(main())
