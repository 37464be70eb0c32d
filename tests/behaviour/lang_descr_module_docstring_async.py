"""Pings a few fake hosts concurrently."""
import asyncio

print(__doc__)


async def ping(host, delay):
    """Waits, then answers."""
    await asyncio.sleep(delay)
    return f"{host}: ok"


async def main():
    results = await asyncio.gather(ping("a", 0.2), ping("b", 0.1))
    print(results)
    print(ping.__doc__, main.__doc__)
    print(hasattr(asyncio.sleep, "__doc__"))


asyncio.run(main())
