# Cancelling a task while it is inside an async generator's await.
import asyncio

async def events():
    n = 0
    try:
        while True:
            await asyncio.sleep(1)
            n += 1
            yield n
    except asyncio.CancelledError:
        print("events: cancelled while waiting")
        raise
    finally:
        print("events: finally")

async def listener(received):
    async for e in events():
        received.append(e)
        print("listener got", e)

async def main():
    received = []
    task = asyncio.create_task(listener(received))
    await asyncio.sleep(2.5)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("listener cancelled; received", received)
    try:
        async with asyncio.timeout(1.5):
            async for e in events():
                print("timed", e)
    except TimeoutError:
        print("timed out at", asyncio.get_running_loop().time())
    gen = events()
    try:
        print(await asyncio.wait_for(anext(gen), 0.5))
    except TimeoutError:
        print("anext timed out")
    print(await anext(gen, "the timeout cancelled and finished the generator"))

asyncio.run(main())
