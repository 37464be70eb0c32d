import asyncio
async def main():
    cond = asyncio.Condition()
    cond.notify()
asyncio.run(main())
