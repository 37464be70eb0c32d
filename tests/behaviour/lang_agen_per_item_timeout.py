# Reading a slow async stream with a timeout per item.
import asyncio

async def sensor():
    delays = [0.1, 0.2, 1.5, 0.1]
    try:
        for i, d in enumerate(delays):
            await asyncio.sleep(d)
            yield f"reading{i}"
    finally:
        print("sensor stopped at", asyncio.get_running_loop().time())

async def read_with_timeout(stream, per_item):
    it = aiter(stream)
    while True:
        try:
            item = await asyncio.wait_for(anext(it), per_item)
        except StopAsyncIteration:
            print("stream ended")
            return
        except TimeoutError:
            print("no data within", per_item, "s; giving up")
            return
        print(f"{asyncio.get_running_loop().time():.1f} got {item}")

async def main():
    await read_with_timeout(sensor(), 1.0)
    await read_with_timeout(sensor(), 2.0)

asyncio.run(main())
