# Methods as values: unbound functions from the class, bound methods with
# __self__/__func__, methods stored and called later by asyncio.
import asyncio


class Light:
    def __init__(self, room):
        self.room = room
        self.on = False

    def toggle(self):
        self.on = not self.on
        print(f"{self.room} light {'on' if self.on else 'off'}")
        return self.on


kitchen = Light("kitchen")
hall = Light("hall")
switches = [kitchen.toggle, hall.toggle, kitchen.toggle]
for s in switches:
    s()
print(Light.toggle(hall), Light.toggle is Light.__dict__["toggle"])
print(kitchen.toggle.__self__ is kitchen, kitchen.toggle.__func__ is Light.toggle)
print(kitchen.toggle.__name__, kitchen.toggle.__qualname__)
action = getattr(hall, "toggle")
print(action())
print(type(kitchen.toggle).__name__, type(Light.toggle).__name__)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(kitchen.toggle)
    loop.call_later(0.2, hall.toggle)
    handle = loop.call_later(0.1, kitchen.toggle)
    handle.cancel()
    await asyncio.sleep(0.3)
    print(kitchen.on, hall.on)
    print(await asyncio.gather(*(asyncio.sleep(0.1, result=l.toggle) for l in (kitchen, hall))) == [kitchen.toggle, hall.toggle])


asyncio.run(main())
