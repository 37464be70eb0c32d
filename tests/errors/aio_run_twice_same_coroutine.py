import asyncio
async def main():
    print("main")
c = main()
asyncio.run(c)
asyncio.run(c)
