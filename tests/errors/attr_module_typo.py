import asyncio
asyncio.sleeep(1)
