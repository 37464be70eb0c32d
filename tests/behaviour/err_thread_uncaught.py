# A worker's exception that nobody catches ends the program with the
# worker function's frames in the traceback.
import asyncio


def load(path):
    raise FileNotFoundError(f"no such file: {path!r}")


async def main():
    print("loading")
    await asyncio.to_thread(load, "settings.toml")


asyncio.run(main())
