# stop() before run_forever(): the loop runs exactly one iteration.
import asyncio

loop = asyncio.new_event_loop()
loop.stop()
loop.call_soon(print, "ran in the single iteration")
loop.call_later(0.5, print, "timer too late for it")
loop.run_forever()
print("returned at", loop.time())
loop.call_later(1, loop.stop)
loop.run_forever()
print("returned at", loop.time())
loop.close()
