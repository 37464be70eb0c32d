# A bounded buffer between asyncio tasks on a deque, with an Event to wake the consumer.
import asyncio
from _collections import deque


class Buffer:
    def __init__(self, size):
        self.items = deque(maxlen=size)
        self.ready = asyncio.Event()
        self.dropped = 0

    def put(self, item):
        if len(self.items) == self.items.maxlen:
            self.dropped += 1
        self.items.append(item)
        self.ready.set()

    async def get(self):
        while not self.items:
            self.ready.clear()
            await self.ready.wait()
        return self.items.popleft()


async def producer(buf, name, count, delay):
    for i in range(count):
        await asyncio.sleep(delay)
        buf.put(f"{name}{i}")
        print(f"put {name}{i} -> {list(buf.items)}")


async def consumer(buf, total):
    got = []
    for _ in range(total):
        item = await buf.get()
        got.append(item)
        await asyncio.sleep(0.25)
    return got


async def main():
    buf = Buffer(3)
    cons = asyncio.create_task(consumer(buf, 5))
    await asyncio.gather(producer(buf, "a", 4, 0.1), producer(buf, "b", 3, 0.15))
    await asyncio.sleep(1)
    print("left:", buf.items, "dropped:", buf.dropped)
    cons.cancel()
    try:
        print(await cons)
    except asyncio.CancelledError:
        print("consumer cancelled while waiting")


asyncio.run(main())
