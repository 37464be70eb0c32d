import asyncio

async def main():
    i = 0
    while True:
        print("line", i)
        i += 1
        await asyncio.sleep(0)

asyncio.run(main())
