"""Regexes inside asyncio: worker tasks parse lines from a queue."""
import asyncio

PATTERNS = [
    ("CMD", r"\s*(?P<verb>set|get|del)\s+(?P<key>[a-z_]\w*)(?:\s*=\s*(?P<value>.+?))?\s*$", "I"),
    ("NUM", r"-?\d+(?:\.\d+)?"),
]


async def producer(queue, lines):
    for line in lines:
        await queue.put(line)
        await asyncio.sleep(0.1)
    await queue.put(None)


async def worker(queue, store):
    handled = 0
    while (line := await queue.get()) is not None:
        m = CMD.match(line)
        if m is None:
            print(f"[{asyncio.get_running_loop().time():.1f}] bad command {line!r}")
            continue
        verb, key, value = m.group("verb").lower(), m["key"], m["value"]
        if verb == "set":
            store[key] = float(value) if value and NUM.fullmatch(value) else value
        elif verb == "get":
            print(f"get {key} -> {store.get(key)!r}")
        else:
            store.pop(key, None)
        handled += 1
        await asyncio.sleep(0)
    return handled


async def main():
    queue = asyncio.Queue()
    store = {}
    lines = ["SET user = ada", "set limit=10", "get limit", "set ratio = -0.25",
             "oops", "GET user", "del user", "get user", "set note = 3 apples"]
    _, handled = await asyncio.gather(producer(queue, lines), worker(queue, store))
    print("handled", handled, "store", store)

    async def total(s, delay):
        await asyncio.sleep(delay)
        return sum(map(float, NUM.findall(s)))

    totals = await asyncio.gather(*(total(s, 0.5 - i * 0.2) for i, s in enumerate(["1 2 3", "x -1.5 y 2.5", "none"])))
    print(totals)


asyncio.run(main())
