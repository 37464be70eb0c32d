# Live errors in CPython's words: a port already in use, a refused
# connection (by address and by name).  Ports are free ones, printed as PORT
# so that the output does not depend on them.
import asyncio


def show(e, port):
    print(type(e).__name__, e.errno, str(e).replace(str(port), "PORT"))


async def hang_up(reader, writer):
    await reader.readline()
    writer.close()


async def main():
    server = await asyncio.start_server(hang_up, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        await asyncio.start_server(hang_up, "127.0.0.1", port)
    except OSError as e:
        show(e, port)

    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"nobody reads this\n")
    await writer.drain()
    print("read", await reader.read(100))
    writer.close()

    server.close()
    await server.wait_closed()
    for host in ("127.0.0.1", "localhost"):
        try:
            await asyncio.open_connection(host, port)
        except OSError as e:
            show(e, port)
    print("done")


asyncio.run(main())
