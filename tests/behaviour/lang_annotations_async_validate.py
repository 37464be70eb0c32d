# Annotations meeting asyncio: a decorator checks a coroutine function's
# arguments against its __annotations__ before the coroutine runs, and a
# small annotated job record feeds a worker pool.
import asyncio


def validated(fn):
    hints = {k: v for k, v in fn.__annotations__.items() if k != "return"}
    names = fn.__code__.co_varnames[: fn.__code__.co_argcount]

    async def wrapper(*args, **kwargs):
        bound = dict(zip(names, args), **kwargs)
        for name, expected in hints.items():
            if name in bound and not isinstance(bound[name], expected):
                raise TypeError(f"{fn.__name__}(): {name} must be {expected.__name__}, "
                                f"got {type(bound[name]).__name__}")
        return await fn(*args, **kwargs)

    # What functools.wraps copies, annotations included.
    wrapper.__name__ = fn.__name__
    wrapper.__qualname__ = fn.__qualname__
    wrapper.__annotations__ = fn.__annotations__
    wrapper.__wrapped__ = fn
    return wrapper


class Job:
    name: str
    delay: float
    retries: int = 0

    def __init__(self, name, delay, retries=0):
        self.name, self.delay, self.retries = name, delay, retries

    def __repr__(self):
        fields = ", ".join(f"{k}={getattr(self, k)!r}" for k in type(self).__annotations__)
        return f"Job({fields})"


@validated
async def run_job(job: Job, worker: int) -> str:
    await asyncio.sleep(job.delay)
    now = asyncio.get_running_loop().time()
    return f"worker {worker} finished {job.name} at {now:.1f}"


async def worker(n: int, queue: asyncio.Queue, results: list) -> None:
    while True:
        job = await queue.get()
        try:
            results.append(await run_job(job, n))
        except TypeError as e:
            results.append(f"rejected: {e}")
        finally:
            queue.task_done()


async def main() -> None:
    print(run_job.__name__, run_job.__annotations__, run_job.__wrapped__.__annotations__ is run_job.__annotations__)
    print(worker.__annotations__)
    print(Job.__annotations__)
    queue: asyncio.Queue = asyncio.Queue()
    results: list = []
    for job in [Job("fetch", 0.3), Job("parse", 0.1, 2), "not a job", Job("store", 0.2)]:
        queue.put_nowait(job)
    workers = [asyncio.create_task(worker(i, queue, results)) for i in range(2)]
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    for line in results:
        print(line)
    print(Job("demo", 1.5))
    try:
        await run_job(Job("x", 0), worker="1")
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
