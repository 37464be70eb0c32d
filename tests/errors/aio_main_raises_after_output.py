import asyncio
async def step(n):
    await asyncio.sleep(n)
    print("step", n)
    if n == 2:
        raise RuntimeError("step 2 failed")
async def main():
    await asyncio.gather(step(1), step(2), step(3))
asyncio.run(main())
