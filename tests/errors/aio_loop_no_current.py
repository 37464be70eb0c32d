import asyncio

asyncio.set_event_loop(None)
loop = asyncio.get_event_loop()
