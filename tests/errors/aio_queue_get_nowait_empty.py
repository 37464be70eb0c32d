import asyncio
async def main():
    q = asyncio.Queue()
    q.get_nowait()
asyncio.run(main())
