# Connection reset by peer: the test's client sends a line, waits for the
# answer, then closes with SO_LINGER 0 (RST instead of FIN); the handler's
# next read raises ConnectionResetError.
import asyncio


async def handle(reader, writer, done):
    data = await reader.readline()
    writer.write(b"got " + data)
    await writer.drain()
    try:
        print("read", await reader.read(100))
    except ConnectionResetError as e:
        print(type(e).__name__, e.errno, e)
    writer.close()
    done.set()


async def main():
    done = asyncio.Event()
    server = await asyncio.start_server(lambda r, w: handle(r, w, done), "127.0.0.1", 0)
    print("serving on port", server.sockets[0].getsockname()[1])
    await done.wait()
    server.close()
    await server.wait_closed()
    print("done")


asyncio.run(main())
