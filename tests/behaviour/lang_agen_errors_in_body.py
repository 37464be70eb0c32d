# Exceptions raised inside an async generator reach the `async for`.
import asyncio

class ParseError(Exception):
    pass

async def records(raw):
    for lineno, line in enumerate(raw, 1):
        await asyncio.sleep(0.01)
        if ":" not in line:
            raise ParseError(f"line {lineno}: missing ':' in {line!r}")
        key, value = line.split(":", 1)
        yield key.strip(), value.strip()

async def load(raw):
    config = {}
    gen = records(raw)
    try:
        async for key, value in gen:
            config[key] = value
    except ParseError as e:
        print("ParseError:", e)
        print("generator finished:", gen.ag_frame is None)
        try:
            await anext(gen)
        except StopAsyncIteration:
            print("and it stays finished")
    return config

async def main():
    print(await load(["host: example.org", "port: 8080"]))
    print(await load(["user: ada", "oops", "never: read"]))
    try:
        async for _ in records([42]):
            pass
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
