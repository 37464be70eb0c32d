# A property that starts a background task lazily, and a descriptor
# caching one task per instance; awaiting them from several coroutines.
import asyncio


class Connection:
    def __init__(self, host):
        self.host = host
        self._ready = None

    async def _handshake(self):
        print(f"handshake with {self.host}")
        await asyncio.sleep(0.2)
        return f"{self.host} ready"

    @property
    def ready(self):
        if self._ready is None:
            self._ready = asyncio.ensure_future(self._handshake())
        return self._ready


class once_task:
    def __init__(self, coro_func):
        self.coro_func = coro_func

    def __set_name__(self, owner, name):
        self.attr = "_task_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        task = obj.__dict__.get(self.attr)
        if task is None:
            task = asyncio.ensure_future(self.coro_func(obj))
            obj.__dict__[self.attr] = task
        return task


class Service:
    def __init__(self, name):
        self.name = name

    @once_task
    async def warmup(self):
        print(f"warming {self.name}")
        await asyncio.sleep(0.1)
        return f"{self.name} warm"


async def user(conn, n):
    status = await conn.ready
    print(f"user {n}: {status} at {asyncio.get_running_loop().time():.1f}")


async def main():
    conn = Connection("db.local")
    await asyncio.gather(user(conn, 1), user(conn, 2))
    print(conn.ready.done(), conn.ready.result())
    svc = Service("cache")
    print(await svc.warmup, await svc.warmup, svc.warmup is svc.warmup)
    print(sorted(svc.__dict__), type(Service.warmup).__name__)


asyncio.run(main())
