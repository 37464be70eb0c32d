import asyncio

loop = asyncio.new_event_loop()
fut = loop.create_future()
loop.close()
loop.run_until_complete(fut)
