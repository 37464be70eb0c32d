# gather() reports the first failure only; a TaskGroup collects them all
# and except* sorts them out.
import asyncio


async def step(name, delay, exc=None):
    await asyncio.sleep(delay)
    if exc:
        raise exc
    return name


async def main():
    try:
        await asyncio.gather(step("a", 0.1, ValueError("a failed")), step("b", 0.2, TypeError("b failed")))
    except (ValueError, TypeError) as e:
        print("gather raised only:", repr(e))
    await asyncio.sleep(0.5)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(step("a", 0.1, ValueError("a failed")))
            tg.create_task(step("b", 0.1, TypeError("b failed")))
            tg.create_task(step("c", 0.1))
    except* ValueError as eg:
        print("TaskGroup ValueErrors:", [str(e) for e in eg.exceptions])
    except* TypeError as eg:
        print("TaskGroup TypeErrors:", [str(e) for e in eg.exceptions])
    results = await asyncio.gather(step("x", 0.1, KeyError("k")), step("y", 0.1), return_exceptions=True)
    print("return_exceptions:", results)
    print(f"{asyncio.get_running_loop().time():.1f}")


asyncio.run(main())
