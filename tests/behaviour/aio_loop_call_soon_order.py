# Callbacks queued on a loop that is not running keep FIFO order; a stop()
# queued in the middle ends run_forever after the iteration it is in.
import asyncio

loop = asyncio.new_event_loop()
for word in ("one", "two"):
    loop.call_soon(print, word)
loop.call_soon(loop.stop)
loop.call_soon(print, "three (same iteration as stop)")
loop.call_later(0, print, "timer at 0 (next run)")
loop.run_forever()
print("-- first run_forever returned")
loop.call_soon(loop.stop)
loop.run_forever()
print("-- second run_forever returned")
loop.close()
