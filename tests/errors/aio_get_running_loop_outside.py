import asyncio
loop = asyncio.get_running_loop()
