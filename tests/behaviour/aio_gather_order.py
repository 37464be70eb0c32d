# gather returns results in argument order, whatever the completion order
import asyncio


async def delayed(v, d):
    await asyncio.sleep(d)
    print("finished", v)
    return v


async def main():
    r = await asyncio.gather(delayed("slow", 0.3), delayed("fast", 0.1), delayed("mid", 0.2))
    print(r)
    print(await asyncio.gather())
    print(await asyncio.gather(delayed(1, 0), delayed(2, 0)))


asyncio.run(main())
