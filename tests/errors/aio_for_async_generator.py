import asyncio

async def lines():
    yield "a"
    await asyncio.sleep(0)

async def main():
    for line in lines():
        print(line)

asyncio.run(main())
