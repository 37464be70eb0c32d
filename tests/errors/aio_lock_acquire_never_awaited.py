import asyncio
async def main():
    lock = asyncio.Lock()
    lock.acquire()
    print("locked?", lock.locked())
asyncio.run(main())
