# exceptions travel through chains of awaits, finally blocks run on the way
import asyncio


async def level3():
    await asyncio.sleep(0.1)
    raise LookupError("deep")


async def level2():
    try:
        await level3()
    finally:
        print("level2 finally")


async def level1():
    try:
        return await level2()
    except KeyError:
        print("not this one")


async def main():
    try:
        await level1()
    except LookupError as e:
        print("main caught", type(e).__name__, e)


asyncio.run(main())
