# asyncio: async context managers and async methods through mixins and super().
import asyncio


class Resource:
    def __init__(self, name):
        self.name = name
        self.events = []

    async def open(self):
        await asyncio.sleep(0.01)
        self.events.append("open")

    async def close(self):
        await asyncio.sleep(0.01)
        self.events.append("close")

    async def __aenter__(self):
        await self.open()
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await self.close()
        return False


class TimingMixin:
    async def open(self):
        start = asyncio.get_running_loop().time()
        await super().open()
        self.events.append(f"opened after {asyncio.get_running_loop().time() - start:.2f}s")


class Connection(TimingMixin, Resource):
    async def close(self):
        self.events.append("flush")
        await super().close()

    async def query(self, sql):
        await asyncio.sleep(0.02)
        return f"{self.name}: {sql}"


async def use(name):
    async with Connection(name) as conn:
        result = await conn.query("SELECT 1")
    return result, conn.events


async def main():
    results = await asyncio.gather(use("db1"), use("db2"))
    for result, events in results:
        print(result, events)
    try:
        async with Connection("db3") as conn:
            raise ValueError("boom")
    except ValueError as e:
        print("ValueError:", e, conn.events)


asyncio.run(main())
