# Decorators around coroutines: a concurrency limit with a semaphore and
# a cache that shares one task between concurrent callers.
import asyncio


def limit(concurrency):
    def decorator(func):
        sem = None

        async def wrapper(*args):
            nonlocal sem
            if sem is None:
                sem = asyncio.Semaphore(concurrency)
            async with sem:
                loop = asyncio.get_running_loop()
                print(f"{loop.time():.1f} start {func.__name__}{args}")
                result = await func(*args)
                print(f"{loop.time():.1f} end {func.__name__}{args}")
                return result
        return wrapper
    return decorator


def shared_task(func):
    tasks = {}

    async def wrapper(key):
        if key not in tasks:
            tasks[key] = asyncio.ensure_future(func(key))
        return await tasks[key]
    wrapper.tasks = tasks
    return wrapper


@limit(2)
async def download(n):
    await asyncio.sleep(n / 10)
    return n * 100


@shared_task
async def load_profile(user):
    print(f"loading {user} once")
    await asyncio.sleep(0.3)
    return {"user": user, "karma": len(user)}


async def main():
    print(await asyncio.gather(*(download(n) for n in (3, 1, 2, 1))))
    results = await asyncio.gather(load_profile("ann"), load_profile("bob"), load_profile("ann"))
    print(results)
    print(sorted(load_profile.tasks), all(t.done() for t in load_profile.tasks.values()))
    print(await load_profile("ann"))


asyncio.run(main())
