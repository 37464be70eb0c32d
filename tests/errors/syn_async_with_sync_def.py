import asyncio
def f(lock):
    async with lock:
        pass
