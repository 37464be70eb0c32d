# A command-line style program stops with a message: SystemExit(str) prints it, status 1.
import asyncio

async def load_config(name):
    await asyncio.sleep(0.1)
    if not name.endswith(".toml"):
        raise SystemExit(f"fatal: {name} is not a TOML file")
    return {"name": name}

async def main():
    background = asyncio.create_task(asyncio.sleep(10))
    print(await load_config("app.toml"))
    print(await load_config("app.ini"))
    print("never printed")

asyncio.run(main())
print("never printed either")
