# loop.shutdown_asyncgens() called by the program itself, before asyncio.run does.
import asyncio

async def watcher(name):
    try:
        while True:
            yield name
            await asyncio.sleep(1)
    finally:
        print(name, "closed at", asyncio.get_running_loop().time())

keep = []

async def main():
    w = watcher("w1")
    keep.append(w)
    print(await anext(w))
    loop = asyncio.get_running_loop()
    print("shutting down generators by hand")
    await loop.shutdown_asyncgens()
    print("after manual shutdown", w.ag_frame is None)
    w2 = watcher("w2")
    keep.append(w2)
    print(await anext(w2))

asyncio.run(main())
print("end")
