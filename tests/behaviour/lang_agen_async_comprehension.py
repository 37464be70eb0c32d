# Async comprehensions and async generator expressions over an async stream.
import asyncio

async def readings():
    values = [12.5, -3.0, 7.25, 40.0, 0.0, 18.75]
    for i, v in enumerate(values):
        await asyncio.sleep(0.05)
        yield f"sensor{i % 3}", v

async def double(v):
    await asyncio.sleep(0.01)
    return v * 2

async def main():
    positive = [v async for _, v in readings() if v > 0]
    print("positive:", positive)
    by_sensor = {name: v async for name, v in readings()}
    print("last per sensor:", by_sensor)
    names = {name async for name, _ in readings()}
    print("sensors:", sorted(names))
    doubled = [await double(v) async for _, v in readings() if v]
    print("doubled:", doubled)
    hot = (f"{name}={v}" async for name, v in readings() if v >= 15)
    print(type(hot).__name__)
    async for entry in hot:
        print("hot:", entry)
    nested = [(n, v) async for n, v in readings() for _ in range(2) if n == "sensor1"]
    print(nested)
    gen_of_awaits = (await double(x) for x in [1, 2, 3])
    print([y async for y in gen_of_awaits])
    print("time", asyncio.get_running_loop().time())

asyncio.run(main())
