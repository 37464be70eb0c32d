# asyncio.run() closes async generators still alive at the end with
# loop.shutdown_asyncgens().
import asyncio

async def heartbeat(name):
    try:
        beats = 0
        while True:
            yield beats
            beats += 1
            await asyncio.sleep(1)
    finally:
        print(f"{name}: stopping after shutdown began at", asyncio.get_running_loop().time())
        await asyncio.sleep(0.5)
        print(f"{name}: stopped")

registry = []

async def main():
    hb = heartbeat("alpha")
    registry.append(hb)
    print(await anext(hb), await anext(hb))
    finished = heartbeat("beta")
    registry.append(finished)
    print(await anext(finished))
    await finished.aclose()
    print("main returns at", asyncio.get_running_loop().time())

asyncio.run(main())
print("generators after run:", [g.ag_frame is None for g in registry])
