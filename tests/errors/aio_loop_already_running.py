import asyncio

loop = asyncio.new_event_loop()


async def main():
    fut = loop.create_future()
    loop.run_until_complete(fut)


coro = main()
try:
    loop.run_until_complete(coro)
finally:
    loop.close()
