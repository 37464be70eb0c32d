# an exception in a task is stored; awaiting the task re-raises it
import asyncio


async def broken():
    await asyncio.sleep(0.1)
    raise ZeroDivisionError("from the task")


async def main():
    t = asyncio.create_task(broken())
    await asyncio.sleep(0.5)
    print("task done:", t.done(), "main unaffected")
    try:
        await t
    except ZeroDivisionError as e:
        print("await re-raised:", e)
    try:
        await t
    except ZeroDivisionError as e:
        print("and again:", e)


asyncio.run(main())
