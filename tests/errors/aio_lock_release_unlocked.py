import asyncio
async def main():
    lock = asyncio.Lock()
    lock.release()
asyncio.run(main())
