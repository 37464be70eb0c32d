# Anything callable can go to a thread: functions with keyword arguments,
# bound methods, lambdas, builtins and objects with __call__.
import asyncio
import time


class RateLimitedApi:
    def __init__(self, name):
        self.name = name
        self.calls = []

    def fetch(self, resource, *, retries=1, timeout=1.0):
        time.sleep(0.1 * retries)
        self.calls.append(resource)
        return f"{self.name}:{resource} (retries={retries}, timeout={timeout})"


class Multiplier:
    def __init__(self, factor):
        self.factor = factor

    def __call__(self, value):
        return value * self.factor


def slow_key(word):
    # A blocking call inside a key function that sorted() calls from C:
    # the worker thread blocks in the middle of the builtin, the loop runs.
    time.sleep(0.01)
    return (len(word), word)


async def main():
    api = RateLimitedApi("shop")
    print(await asyncio.to_thread(api.fetch, "items"))
    print(await asyncio.to_thread(api.fetch, "users", retries=3, timeout=2.5))
    print(await asyncio.to_thread(lambda: sum(range(10))))
    print(await asyncio.to_thread(max, [3, 9, 4]))
    print(await asyncio.to_thread(Multiplier(4), 10))
    print(await asyncio.to_thread(sorted, ["pear", "fig", "banana", "kiwi"], key=slow_key))
    print(f"calls: {api.calls}, t={time.monotonic():.2f}")


asyncio.run(main())
