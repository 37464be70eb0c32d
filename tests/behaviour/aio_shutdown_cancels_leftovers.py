# asyncio.run cancels a task still pending when main returns, and waits for its finally
import asyncio


async def background():
    try:
        while True:
            await asyncio.sleep(0.4)
            print("background tick")
    finally:
        print("background cancelled at shutdown")


async def main():
    asyncio.create_task(background())
    await asyncio.sleep(1)
    print("main returns")
    return "result"


print(asyncio.run(main()))
