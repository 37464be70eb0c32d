import asyncio

def lines():
    yield "a"
    yield "b"

async def main():
    async for line in lines():
        print(line)

asyncio.run(main())
