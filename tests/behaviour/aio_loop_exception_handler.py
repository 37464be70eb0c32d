# A custom exception handler that logs failed callbacks instead of the
# default stderr report.
import asyncio

log = []


def handler(loop, context):
    exc = context.get("exception")
    log.append(f"{context['message']} -> {type(exc).__name__}: {exc}")
    print("handler saw:", context["message"])
    print("keys:", sorted(context))


def broken_callback(x):
    print("callback got", x)
    return 1 / x


async def main():
    loop = asyncio.get_running_loop()
    print("default handler:", loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print("custom set:", loop.get_exception_handler() is handler)
    loop.call_soon(broken_callback, 0)
    loop.call_soon(broken_callback, 2)
    await asyncio.sleep(0.1)
    loop.call_exception_handler({"message": "manual report", "exception": ValueError("bad")})
    loop.set_exception_handler(None)
    print("back to default:", loop.get_exception_handler())


asyncio.run(main())
for line in log:
    print(line)
