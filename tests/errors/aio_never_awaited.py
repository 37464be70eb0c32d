import asyncio
async def work():
    print("never runs")
async def main():
    work()
    print("main done")
asyncio.run(main())
