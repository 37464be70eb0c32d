# The pre-3.7 shape every old tutorial uses: get the loop, run a coroutine
# until it completes, close the loop.
import asyncio


async def fetch(name, delay):
    print(f"fetch {name}: start")
    await asyncio.sleep(delay)
    print(f"fetch {name}: done after {delay}s")
    return f"{name}-data"


async def main():
    first = await fetch("users", 1.0)
    second = await fetch("orders", 0.5)
    return [first, second]


loop = asyncio.get_event_loop()
print("running before:", loop.is_running(), "closed before:", loop.is_closed())
try:
    result = loop.run_until_complete(main())
    print("result:", result)
finally:
    loop.close()
print("closed after:", loop.is_closed())
print("time at the end:", loop.time())
