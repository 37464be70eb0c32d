# Retrying only the failed jobs: the ConnectionError part of the group
# tells which ones to run again; other errors end the batch.
import asyncio

flaky = {"b": 2, "d": 1}   # job -> failures before it succeeds
attempts = {}


async def job(name):
    attempts[name] = attempts.get(name, 0) + 1
    await asyncio.sleep(0.1)
    if name == "e" and attempts[name] > 1:
        raise ValueError("e is broken for good")
    if flaky.get(name, 0) >= attempts[name]:
        raise ConnectionError(name)
    return name.upper()


async def run_batch(names):
    results = {}
    pending = list(names)
    round_no = 0
    while pending:
        round_no += 1
        tasks = {}
        try:
            async with asyncio.TaskGroup() as tg:
                for n in pending:
                    tasks[n] = tg.create_task(job(n))
            pending = []
        except* ConnectionError as eg:
            pending = sorted(str(e) for e in eg.exceptions)
            print(f"round {round_no}: retrying {pending}")
        for n, t in tasks.items():
            if t.done() and not t.cancelled() and t.exception() is None:
                results[n] = t.result()
    return results


async def main():
    loop = asyncio.get_running_loop()
    print(await run_batch(["a", "b", "c", "d"]))
    print(f"done at {loop.time():.1f}", dict(sorted(attempts.items())))
    attempts.clear()
    flaky["e"] = 1
    try:
        await run_batch(["e"])
    except* ValueError as eg:
        print("gave up:", [str(e) for e in eg.exceptions])


asyncio.run(main())
