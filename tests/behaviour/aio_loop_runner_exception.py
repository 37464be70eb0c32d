# Runner.run propagates the coroutine's exception; the runner can run again.
import asyncio


async def parse(text):
    await asyncio.sleep(0.1)
    return int(text)


with asyncio.Runner() as runner:
    for text in ("12", "x", "7"):
        try:
            print("parsed:", runner.run(parse(text)))
        except ValueError as e:
            print("ValueError:", e)
    print("loop time:", runner.get_loop().time())
