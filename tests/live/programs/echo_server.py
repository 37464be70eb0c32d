# A line echo server for the live tests: listens on a free port, prints it,
# echoes every line back until the client closes, serves until Ctrl+C.
import asyncio


async def handle(reader, writer):
    while True:
        line = await reader.readline()
        if not line:
            break
        writer.write(line)
        await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    print("serving on port", port)
    async with server:
        await server.serve_forever()


asyncio.run(main())
