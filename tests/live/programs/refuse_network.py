# Live mode keeps to loopback unless --allow-network: binding every
# interface or connecting to another host is refused before any packet.
import asyncio


async def main():
    try:
        await asyncio.start_server(lambda r, w: None, "0.0.0.0", 0)
    except OSError as e:
        print(type(e).__name__, e)
    try:
        await asyncio.open_connection("192.0.2.1", 80)
    except OSError as e:
        print(type(e).__name__, e)
    server = await asyncio.start_server(lambda r, w: None, "127.0.0.2", 0)
    print("127.0.0.2 is loopback:", server.sockets[0].getsockname()[0])
    server.close()
    await server.wait_closed()


asyncio.run(main())
