import asyncio
async def tick(i):
    print("tick", i)
async def main():
    for i in range(3):
        tick(i)
    await asyncio.sleep(0)
asyncio.run(main())
