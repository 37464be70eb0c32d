# A custom exception handler that itself fails: the default handler reports
# both (stderr) and the loop keeps going.
import asyncio

calls = []


def fragile_handler(loop, context):
    calls.append(context["message"])
    raise RuntimeError("handler broke")


def bad():
    raise ValueError("callback failed")


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(fragile_handler)
    loop.call_soon(bad)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("loop alive after handler error")
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
print(calls)
