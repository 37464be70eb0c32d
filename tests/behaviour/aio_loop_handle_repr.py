# Handles returned by call_soon / call_later / call_at, before the loop runs.
import asyncio


def greet(name, punctuation="!"):
    print("hello", name + punctuation)


loop = asyncio.new_event_loop()
h = loop.call_soon(greet, "ann")
t = loop.call_later(2, greet, "bob", "?")
print(h)
print(t)
print(type(h).__name__, type(t).__name__, t.when())
t.cancel()
print(t)
loop.call_soon(loop.stop)
loop.run_forever()
loop.close()
