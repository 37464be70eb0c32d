# A TaskGroup whose children fail raises an ExceptionGroup: a plain
# `except BaseExceptionGroup` (or `except Exception`) catches it, like code
# written before except* existed.
import asyncio


async def fetch(name, delay, fail=None):
    await asyncio.sleep(delay)
    if fail is not None:
        raise fail
    print(f"{name} done at {asyncio.get_running_loop().time():.1f}")
    return name


async def run_group(label, jobs):
    try:
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(fetch(*job)) for job in jobs]
    except BaseExceptionGroup as eg:
        print(label, "caught", type(eg).__name__, "with", len(eg.exceptions), "error(s)")
        print("  isinstance Exception:", isinstance(eg, Exception))
        for e in eg.exceptions:
            print("  ", type(e).__name__, e)
        return None
    return [t.result() for t in tasks]


async def main():
    print(await run_group("ok", [("a", 0.1), ("b", 0.2)]))
    print(await run_group("one", [("a", 0.1), ("b", 0.2, ValueError("no b"))]))
    print(await run_group("two", [("a", 0.1, KeyError("k")), ("b", 0.1, OSError("net"))]))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch("c", 0.1, ZeroDivisionError("div")))
    except Exception as e:
        print("except Exception:", type(e).__name__, [type(x).__name__ for x in e.exceptions])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch("d", 0.1, RuntimeError("boom")))
    except ExceptionGroup as e:
        sub = e.subgroup(RuntimeError)
        print("subgroup:", type(sub).__name__, repr(sub.exceptions[0]))


asyncio.run(main())
