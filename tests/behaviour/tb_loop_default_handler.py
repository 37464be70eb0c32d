# The default exception handler's report goes to stderr; stdout goes on.
import asyncio


def explode():
    raise KeyError("missing")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(explode)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    loop.call_exception_handler({"message": "something odd", "detail": [1, 2]})
    loop.default_exception_handler({"message": ""})
    print("main goes on")


asyncio.run(main())
print("done")
