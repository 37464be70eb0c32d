# A TaskGroup inside a task of another TaskGroup: the inner group's
# ExceptionGroup becomes one member of the outer group; except* finds the
# leaves wherever they are and keeps the nesting.
import asyncio


async def leaf(name, delay, exc=None):
    await asyncio.sleep(delay)
    if exc:
        raise exc
    return name


async def section(name):
    async with asyncio.TaskGroup() as tg:
        tg.create_task(leaf(f"{name}.1", 0.1))
        tg.create_task(leaf(f"{name}.2", 0.2, ValueError(f"{name}.2 broke")))
        tg.create_task(leaf(f"{name}.3", 0.2, KeyError(f"{name}.3")))


async def main():
    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(section("s1"))
            outer.create_task(leaf("top", 0.3, OSError("top failed")))
    except* ValueError as eg:
        print("ValueError part:", repr(eg))
    except* KeyError as eg:
        print("KeyError part:", repr(eg))
    except* OSError as eg:
        print("OSError part:", repr(eg))
    print(f"end {asyncio.get_running_loop().time():.1f}")


asyncio.run(main())
