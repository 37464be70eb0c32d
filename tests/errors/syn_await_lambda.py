import asyncio
f = lambda: await asyncio.sleep(1)
