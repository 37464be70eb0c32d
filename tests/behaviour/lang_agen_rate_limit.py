# Rate limiting a stream with an async generator.
import asyncio

async def requests(n):
    for i in range(n):
        yield f"req{i}"

async def rate_limited(source, per_second, burst):
    loop = asyncio.get_running_loop()
    tokens = burst
    last = loop.time()
    async for item in source:
        now = loop.time()
        tokens = min(burst, tokens + (now - last) * per_second)
        last = now
        if tokens < 1:
            wait = (1 - tokens) / per_second
            await asyncio.sleep(wait)
            tokens = 1
            last = loop.time()
        tokens -= 1
        yield item

async def main():
    loop = asyncio.get_running_loop()
    async for req in rate_limited(requests(7), per_second=4, burst=3):
        print(f"{loop.time():.3f} sent {req}")

asyncio.run(main())
