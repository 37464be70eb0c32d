import asyncio

def ticks():
    for i in range(3):
        await asyncio.sleep(1)
        yield i
