# Tasks created while asyncio.run shuts down outlive the loop: one whose
# step is queued dies when the loop closes ("Task was destroyed but it is
# pending!", then its finally runs); ones waiting on a future die at exit
# (their finally runs first, then the message shows the coroutine done).
import asyncio


async def spinner():
    try:
        while True:
            await asyncio.sleep(0)
    finally:
        print("spinner finally")


async def late(n):
    try:
        print("late start", n)
        await asyncio.sleep(10)
    finally:
        print("late finally", n)


async def worker():
    try:
        await asyncio.sleep(10)
    finally:
        print("worker finally")
        loop = asyncio.get_running_loop()
        loop.create_task(late(1))
        loop.create_task(spinner())
        loop.create_task(late(2))


async def main():
    asyncio.create_task(worker())
    await asyncio.sleep(0)
    print("main done")

asyncio.run(main())
print("after run")
