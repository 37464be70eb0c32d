# task.cancel(msg): CancelledError carries the message; finally blocks run; cancelled() afterwards
import asyncio


async def worker():
    try:
        print("worker sleeping")
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("worker got CancelledError with args", e.args)
        raise
    finally:
        print("worker finally runs")


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.5)
    print("cancel returns", t.cancel("stop now"))
    print("done right after cancel?", t.done())
    try:
        await t
    except asyncio.CancelledError as e:
        print("main sees CancelledError", e.args)
    print("cancelled?", t.cancelled(), "done?", t.done(), "cancel again:", t.cancel())


asyncio.run(main())
