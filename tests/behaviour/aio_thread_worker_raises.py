# An exception raised in a worker thread reaches the awaiting task.
#
# to_thread and run_in_executor hand the worker's exception to the
# asyncio future, so `await` re-raises it in the coroutine where it can be
# caught like any other error; gather(return_exceptions=True) collects it.
import asyncio
import time


class ParseError(ValueError):
    def __init__(self, line_no, text):
        super().__init__(f"line {line_no}: cannot parse {text!r}")
        self.line_no = line_no


def parse_config(lines):
    time.sleep(0.2)
    config = {}
    for no, line in enumerate(lines, 1):
        if "=" not in line:
            raise ParseError(no, line)
        key, value = line.split("=", 1)
        config[key.strip()] = value.strip()
    return config


def divide(a, b):
    return a / b


async def main():
    good = await asyncio.to_thread(parse_config, ["host = example.org", "port = 8080"])
    print("parsed:", good)

    try:
        await asyncio.to_thread(parse_config, ["debug = yes", "oops"])
    except ParseError as exc:
        print("caught", type(exc).__name__, "-", exc, "- line", exc.line_no)

    loop = asyncio.get_running_loop()
    try:
        await loop.run_in_executor(None, divide, 1, 0)
    except ZeroDivisionError as exc:
        print("caught ZeroDivisionError:", exc)

    outcomes = await asyncio.gather(
        asyncio.to_thread(divide, 10, 4),
        asyncio.to_thread(divide, 3, 0),
        asyncio.to_thread(parse_config, ["x"]),
        return_exceptions=True,
    )
    for item in outcomes:
        print("outcome:", repr(item))


asyncio.run(main())
