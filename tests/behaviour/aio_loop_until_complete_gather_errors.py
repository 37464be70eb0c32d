# run_until_complete(gather(..., return_exceptions=True)) collects failures;
# without it the first error comes out of run_until_complete.
import asyncio


async def check(host, delay, ok):
    await asyncio.sleep(delay)
    if not ok:
        raise ConnectionError(f"{host} unreachable")
    return f"{host} ok"


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
results = loop.run_until_complete(asyncio.gather(
    check("alpha", 0.2, True), check("beta", 0.1, False), check("gamma", 0.3, True),
    return_exceptions=True))
for r in results:
    print(type(r).__name__, r)
try:
    loop.run_until_complete(asyncio.gather(check("delta", 0.1, False), check("eps", 0.5, True)))
except ConnectionError as e:
    print("ConnectionError:", e)
loop.run_until_complete(asyncio.sleep(1))
loop.close()
