# get_event_loop() made a loop; asyncio.run still uses a new one of its own
# and leaves the old one untouched (and no current loop afterwards).
import asyncio

old = asyncio.get_event_loop()
old.call_soon(print, "old loop callback (runs when old runs)")


async def main():
    current = asyncio.get_running_loop()
    print("asyncio.run uses the old loop:", current is old)
    print("get_event_loop() inside:", asyncio.get_event_loop() is current)
    await asyncio.sleep(0.25)


asyncio.run(main())
print("old closed:", old.is_closed(), "running:", old.is_running())
old.call_soon(old.stop)
old.run_forever()
old.close()
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
