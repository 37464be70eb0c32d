# Event: wait, set wakes every waiter in order, is_set, clear
import asyncio


async def waiter(name, ev):
    print(name, "waiting")
    await ev.wait()
    print(name, "woke up")


async def main():
    ev = asyncio.Event()
    ts = [asyncio.create_task(waiter(f"w{i}", ev)) for i in range(3)]
    await asyncio.sleep(1)
    print("setting, is_set:", ev.is_set())
    ev.set()
    print("set, is_set:", ev.is_set())
    await asyncio.gather(*ts)
    await ev.wait()
    print("wait on a set event returns at once")
    ev.clear()
    print("cleared:", ev.is_set())


asyncio.run(main())
