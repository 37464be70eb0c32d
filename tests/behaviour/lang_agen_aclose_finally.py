# Cleanup in async generators: finally blocks, awaits during aclose().
import asyncio

class Connection:
    def __init__(self, name):
        self.name = name
        self.open = True
    async def close(self):
        await asyncio.sleep(0.1)
        self.open = False
        print(f"{self.name}: connection closed")

async def rows(conn):
    try:
        for i in range(100):
            await asyncio.sleep(0.01)
            yield f"{conn.name}:row{i}"
    finally:
        print(f"{conn.name}: finally, closing")
        await conn.close()

async def main():
    conn = Connection("db1")
    gen = rows(conn)
    print(await gen.__anext__())
    print(await gen.__anext__())
    result = await gen.aclose()
    print("aclose returned", result, "open:", conn.open)
    print("aclose again:", await gen.aclose())
    try:
        await gen.__anext__()
    except StopAsyncIteration:
        print("exhausted after aclose")

    never = rows(Connection("db2"))
    print("aclose before start:", await never.aclose())

    gen3 = rows(Connection("db3"))
    async for row in gen3:
        print(row)
        if row.endswith("row2"):
            break
    await gen3.aclose()
    print("t =", asyncio.get_running_loop().time())

asyncio.run(main())
