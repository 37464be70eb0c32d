# Awaiting a future that holds an exception; a multi-line await.
import asyncio


async def divide(a, b):
    return a / b


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_exception(ValueError("boom"))
    try:
        await fut
    except ValueError:
        value = await divide(1,
                             0)

asyncio.run(main())
