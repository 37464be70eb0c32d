# The policy's current loop: set_event_loop / get_event_loop.
import asyncio

first = asyncio.get_event_loop()
print("get twice, same:", asyncio.get_event_loop() is first)
mine = asyncio.new_event_loop()
asyncio.set_event_loop(mine)
print("now mine:", asyncio.get_event_loop() is mine, asyncio.get_event_loop() is first)
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    asyncio.set_event_loop("loop")
except TypeError as e:
    print("TypeError:", e)
asyncio.set_event_loop(first)


async def where():
    return asyncio.get_event_loop() is first


print("inside a coroutine:", first.run_until_complete(where()))
for l in (first, mine):
    l.close()
print(first.is_closed(), mine.is_closed())
