# A coroutine driven by hand and dropped while suspended is closed as
# CPython closes it: GeneratorExit at its await, finally blocks run.
import asyncio


async def work(tag):
    try:
        print(tag, "start")
        await asyncio.sleep(0)
        print(tag, "never resumed")
    finally:
        print(tag, "finally")


async def guarded(tag):
    try:
        await asyncio.sleep(0)
    except GeneratorExit:
        print(tag, "GeneratorExit")
        raise


async def main():
    c = work("manual")
    c.send(None)
    del c
    print("after del")
    d = guarded("guarded")
    d.send(None)
    d = None
    print("after rebind")
    await asyncio.sleep(1)
    e = work("explicit")
    e.send(None)
    e.close()
    print("after close")


asyncio.run(main())
