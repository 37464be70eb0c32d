# The usual way to meet except*: a TaskGroup whose tasks fail in different
# ways; each clause gets the matching sub-group, the others keep running.
import asyncio


async def fetch(name, delay, fail_with=None):
    await asyncio.sleep(delay)
    if fail_with is not None:
        raise fail_with
    print(f"{name} done at {asyncio.get_running_loop().time():.1f}")
    return name


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch("a", 0.1))
            tg.create_task(fetch("b", 0.2, ValueError("bad value from b")))
            tg.create_task(fetch("c", 0.3, TypeError("bad type from c")))
            tg.create_task(fetch("d", 0.5))
    except* ValueError as eg:
        print("ValueError group:", repr(eg))
        for e in eg.exceptions:
            print("  ", type(e).__name__, e)
    except* TypeError as eg:
        print("TypeError group:", repr(eg))
    print("after the group at", asyncio.get_running_loop().time())


asyncio.run(main())
