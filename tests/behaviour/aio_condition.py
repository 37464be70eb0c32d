# gotcha 11: notified Condition waiters run only after the notifier releases the lock
import asyncio


async def consumer(name, cond, items):
    async with cond:
        print(name, "waiting")
        await cond.wait()
        print(name, "woke, takes", items.pop(0))


async def main():
    cond = asyncio.Condition()
    items = []
    ts = [asyncio.create_task(consumer(f"c{i}", cond, items)) for i in range(3)]
    await asyncio.sleep(0.1)
    async with cond:
        items.extend(["x", "y"])
        cond.notify(2)
        print("notified 2, still holding the lock")
        await asyncio.sleep(0.1)
        print("notifier releases")
    await asyncio.sleep(0.1)
    async with cond:
        items.append("z")
        cond.notify_all()
    await asyncio.gather(*ts)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
