# uncaught error raised inside main after awaits ends asyncio.run with exit status 1
import asyncio


async def step(i):
    await asyncio.sleep(0.5)
    print("step", i)
    if i == 2:
        raise RuntimeError(f"step {i} exploded")


async def main():
    for i in range(5):
        await step(i)


asyncio.run(main())
print("never printed")
