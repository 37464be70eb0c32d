# asend() and athrow(): talking back to an async generator.
import asyncio

async def thermostat(target):
    heating = False
    try:
        while True:
            reading = yield ("heating" if heating else "idle")
            if reading is None:
                continue
            await asyncio.sleep(0.1)
            heating = reading < target
    except OverflowError as e:
        print("thermostat: sensor fault", e)
        yield "fault mode"
    finally:
        print("thermostat: off")

async def main():
    t = thermostat(20)
    print(await t.asend(None))
    for r in [18, 22, 19]:
        print(r, "->", await t.asend(r))
    print(await t.athrow(OverflowError("sensor out of range")))
    try:
        await t.athrow(ValueError, "after fault")
    except ValueError as e:
        print("propagated:", e)
    try:
        await t.asend(5)
    except StopAsyncIteration:
        print("generator finished")

    t2 = thermostat(10)
    await t2.asend(None)
    print(await t2.athrow(OverflowError, OverflowError("big")))
    print("aclose:", await t2.aclose())
    try:
        await t2.athrow(KeyError("late"))
    except KeyError as e:
        print("athrow on closed generator raises it:", repr(e))

asyncio.run(main())
