# Two loops open at once: each keeps its own callbacks and timers; running
# one does not run the other's.
import asyncio

a = asyncio.new_event_loop()
b = asyncio.new_event_loop()
a.call_soon(print, "a: first callback")
b.call_soon(print, "b: first callback")
a.call_later(1, print, "a: timer after 1s")
b.call_later(0.5, print, "b: timer after 0.5s")
b.call_later(0.6, b.stop)
print("run b")
b.run_forever()
print("run a")
a.call_later(2, a.stop)
a.run_forever()
print("b again")
b.call_soon(b.stop)
b.run_forever()
a.close()
b.close()
print("closed:", a.is_closed(), b.is_closed())
