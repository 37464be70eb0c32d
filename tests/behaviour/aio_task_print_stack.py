# Task.get_stack() and print_stack() for pending, finished and failed tasks.
import asyncio


class Capture:
    """A file-like object for print_stack(file=...)."""

    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def show(self):
        print("".join(self.parts), end="")
        self.parts.clear()


out = Capture()


async def inner():
    await asyncio.sleep(1)


async def worker():
    await inner()
    return "ok"


async def failing():
    await asyncio.sleep(0.5)
    raise LookupError("no such record")


async def main():
    t = asyncio.create_task(worker(), name="worker")
    f = asyncio.create_task(failing(), name="failing")
    t.print_stack(file=out)
    out.show()
    await asyncio.sleep(0.1)
    frames = t.get_stack()
    print(len(frames), [fr.f_code.co_name for fr in frames], [fr.f_lineno for fr in frames])
    print(len(t.get_stack(limit=0)))
    t.print_stack(file=out)
    out.show()
    t.print_stack(limit=0, file=out)
    out.show()
    await asyncio.wait([t, f])
    print(t.get_stack())
    t.print_stack(file=out)
    out.show()
    f.print_stack(file=out)
    out.show()
    f.print_stack(limit=1, file=out)
    out.show()
    print(repr(f.exception()))


asyncio.run(main())
