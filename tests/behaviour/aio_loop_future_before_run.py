# Futures made before the loop runs: loop.create_future() and
# asyncio.Future() (bound to the current loop), completed by callbacks.
import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)

answer = loop.create_future()
other = asyncio.Future()
print("same loop:", other.get_loop() is loop, answer.get_loop() is loop)
print("pending:", answer.done(), other.done())
loop.call_later(1.5, answer.set_result, 42)
loop.call_later(0.5, other.set_exception, ValueError("no luck"))
print("answer:", loop.run_until_complete(answer))
print("other done:", other.done())
try:
    loop.run_until_complete(other)
except ValueError as e:
    print("ValueError:", e)
print("time:", loop.time())
loop.close()
