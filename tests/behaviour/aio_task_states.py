# Task: done, result, exception, cancelled, and the exact InvalidStateError messages
import asyncio


async def ok():
    await asyncio.sleep(0.1)
    return 42


async def bad():
    await asyncio.sleep(0.1)
    raise KeyError("nope")


async def main():
    t_ok = asyncio.create_task(ok())
    t_bad = asyncio.create_task(bad())
    print("pending:", t_ok.done(), t_ok.cancelled())
    try:
        t_ok.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    try:
        t_ok.exception()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    await asyncio.sleep(0.2)
    print("ok:", t_ok.done(), t_ok.result(), t_ok.exception())
    print("bad:", t_bad.done(), repr(t_bad.exception()))
    try:
        t_bad.result()
    except KeyError as e:
        print("result() re-raises", repr(e))


asyncio.run(main())
