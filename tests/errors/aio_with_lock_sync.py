import asyncio
async def main():
    lock = asyncio.Lock()
    with lock:
        pass
asyncio.run(main())
