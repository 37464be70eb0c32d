import asyncio
async def main():
    q = asyncio.Queue()
    q.get()
    print("size", q.qsize())
asyncio.run(main())
