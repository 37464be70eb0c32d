# Two asyncio tasks talking through queues with tuple messages; the server
# loop dispatches on message shape.
import asyncio


async def server(inbox, outbox):
    store = {}
    while True:
        msg = await inbox.get()
        match msg:
            case ("set", str(key), value):
                store[key] = value
                await outbox.put(("ok", key))
            case ("get", str(key)) if key in store:
                await outbox.put(("value", key, store[key]))
            case ("get", str(key)):
                await outbox.put(("error", f"no such key {key!r}"))
            case ("delete", *keys) if keys:
                gone = [k for k in keys if store.pop(k, None) is not None]
                await outbox.put(("deleted", gone))
            case ("shutdown",):
                await outbox.put(("bye", sorted(store)))
                return
            case _:
                await outbox.put(("error", f"bad message {msg!r}"))


async def client(inbox, outbox):
    loop = asyncio.get_running_loop()
    requests = [
        ("set", "a", 1), ("set", "b", [2, 3]), ("get", "a"), ("get", "zzz"), ("delete",),
        ("delete", "a", "q"), ("set", 5, 5), ("shutdown",),
    ]
    for req in requests:
        await asyncio.sleep(0.25)
        await outbox.put(req)
        reply = await inbox.get()
        match reply:
            case ("error", text):
                print(f"{loop.time():.2f} error: {text}")
            case (kind, *payload):
                print(f"{loop.time():.2f} {kind}: {payload}")


async def main():
    to_server, to_client = asyncio.Queue(), asyncio.Queue()
    await asyncio.gather(server(to_server, to_client), client(to_client, to_server))


asyncio.run(main())
