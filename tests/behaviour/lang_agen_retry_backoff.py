# Retries with exponential backoff as an async generator of attempts.
import asyncio

async def attempts(max_tries, base=0.1):
    delay = base
    for n in range(1, max_tries + 1):
        yield n
        if n < max_tries:
            print(f"  backing off {delay:.1f}s")
            await asyncio.sleep(delay)
            delay *= 2

class FlakyService:
    def __init__(self, failures):
        self.failures = failures
    async def call(self):
        await asyncio.sleep(0.01)
        if self.failures:
            self.failures -= 1
            raise ConnectionError("service unavailable")
        return "payload"

async def fetch(service, max_tries=4):
    async for n in attempts(max_tries):
        try:
            result = await service.call()
        except ConnectionError as e:
            print(f"  attempt {n} failed: {e}")
            continue
        print(f"  attempt {n} succeeded")
        return result
    raise TimeoutError(f"gave up after {max_tries} attempts")

async def main():
    loop = asyncio.get_running_loop()
    for failures in (0, 2, 5):
        print(f"service failing {failures} time(s):")
        try:
            print("  ->", await fetch(FlakyService(failures)), f"at {loop.time():.2f}")
        except TimeoutError as e:
            print("  ->", e, f"at {loop.time():.2f}")

asyncio.run(main())
