# run_forever() with callbacks scheduled before the loop starts; a callback
# stops the loop.
import asyncio

loop = asyncio.new_event_loop()
ticks = []


def tick(n):
    ticks.append(n)
    print(f"tick {n} at {loop.time():.2f}")
    if n < 3:
        loop.call_later(0.5, tick, n + 1)
    else:
        print("stopping the loop")
        loop.stop()


loop.call_soon(tick, 1)
h = loop.call_later(10, print, "never printed")
print("scheduled:", loop.is_running())
loop.run_forever()
print("run_forever returned; ticks =", ticks)
print("still scheduled, cancelled?", h.cancelled())
h.cancel()
loop.close()
print("closed:", loop.is_closed())
