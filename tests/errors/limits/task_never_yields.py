import asyncio

async def spin():
    n = 0
    while True:
        n += 1

async def main():
    asyncio.create_task(spin())
    await asyncio.sleep(1)
    print("never printed")

asyncio.run(main())
