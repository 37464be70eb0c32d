import asyncio

loop = asyncio.new_event_loop()
fut = loop.create_future()
loop.call_later(1, loop.stop)
loop.run_until_complete(fut)
