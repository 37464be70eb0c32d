# RuntimeErrors of misused async generators, with CPython's messages.
import asyncio

async def slow():
    try:
        while True:
            await asyncio.sleep(1)
            yield "value"
    finally:
        print("slow: finally")

async def stubborn():
    refused = False
    while not refused:
        try:
            yield "again"
        except GeneratorExit:
            print("stubborn: ignoring GeneratorExit")
            refused = True
            yield "refused"

async def main():
    g = slow()
    first = asyncio.create_task(anext(g))
    await asyncio.sleep(0.1)
    try:
        await anext(g)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await first)

    aw = g.asend(None)
    print(await aw)
    try:
        await aw
    except RuntimeError as e:
        print("RuntimeError:", e)

    s = stubborn()
    print(await anext(s))
    try:
        await s.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)

    closing = g.aclose()
    await closing
    try:
        await closing
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await s.asend(None)
    except StopAsyncIteration:
        print("stubborn finished after all")

asyncio.run(main())
