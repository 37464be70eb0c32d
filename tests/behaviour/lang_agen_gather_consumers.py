# Several async generators consumed concurrently with gather().
import asyncio

async def countdown(name, n, delay):
    while n:
        await asyncio.sleep(delay)
        yield f"{name}:{n}"
        n -= 1

async def consume(gen):
    seen = []
    async for item in gen:
        print(f"{asyncio.get_running_loop().time():.2f} {item}")
        seen.append(item)
    return len(seen)

async def main():
    counts = await asyncio.gather(
        consume(countdown("rocket", 3, 0.4)),
        consume(countdown("timer", 2, 0.5)),
        consume(countdown("egg", 1, 1.0)),
    )
    print("counts:", counts)

asyncio.run(main())
