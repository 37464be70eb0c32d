# An RPC client stub: __getattr__ manufactures coroutine functions for
# remote methods, cached on the instance after first use.
import asyncio


class FakeServer:
    def __init__(self):
        self.users = {1: "ada", 2: "linus"}

    async def handle(self, method, *params):
        await asyncio.sleep(0.05)
        if method == "get_user":
            return self.users[params[0]]
        if method == "count":
            return len(self.users)
        raise NameError(f"no remote method {method!r}")


class Client:
    def __init__(self, server):
        self._server = server
        self.calls = 0

    def __getattr__(self, method):
        if method.startswith("_"):
            raise AttributeError(method)

        async def remote(*params):
            self.calls += 1
            return await self._server.handle(method, *params)
        remote.__name__ = method
        remote.__qualname__ = f"Client.{method}"
        setattr(self, method, remote)
        print(f"created stub {method}")
        return remote


async def main():
    client = Client(FakeServer())
    print(await client.get_user(1))
    print(await client.get_user(2), await client.count())
    names = await asyncio.gather(*(client.get_user(i) for i in (2, 1)))
    print(names, client.calls, asyncio.get_running_loop().time())
    try:
        await client.delete_everything()
    except NameError as e:
        print("NameError:", e)
    print(sorted(k for k in client.__dict__ if not k.startswith("_")))
    print(client.get_user.__qualname__, hasattr(client, "_private"))


asyncio.run(main())
