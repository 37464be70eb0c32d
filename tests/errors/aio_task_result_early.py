import asyncio
async def work():
    await asyncio.sleep(1)
async def main():
    t = asyncio.create_task(work())
    print(t.result())
asyncio.run(main())
