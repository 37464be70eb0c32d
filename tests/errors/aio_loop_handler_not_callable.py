import asyncio

loop = asyncio.new_event_loop()
loop.set_exception_handler("log it")
