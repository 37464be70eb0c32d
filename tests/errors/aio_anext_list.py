import asyncio

async def main():
    pending = ["job1", "job2"]
    print(await anext(pending))

asyncio.run(main())
