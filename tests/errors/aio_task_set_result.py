import asyncio
async def work():
    await asyncio.sleep(1)
async def main():
    t = asyncio.create_task(work())
    t.set_result(1)
asyncio.run(main())
