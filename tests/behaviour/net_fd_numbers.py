"""Socket descriptors as CPython numbers them under asyncio.run: the loop's
epoll and self-pipe hold 3, 4 and 5, so the first server's socket is fd 6,
a second one fd 7, and a closed socket's number is reused by the next."""
import asyncio


async def handle(reader, writer):
    data = await reader.readline()
    writer.write(data.upper())
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def ask(port, text):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(text.encode() + b"\n")
    await writer.drain()
    print("reply:", (await reader.readline()).decode().strip())
    writer.close()
    await writer.wait_closed()


async def main():
    first = await asyncio.start_server(handle, "127.0.0.1", 8765, reuse_port=True)
    print(first)
    second = await asyncio.start_server(handle, "127.0.0.1", 8766)
    print("second server on fd", [s.fileno() for s in second.sockets])
    await ask(8765, "first")
    first.close()
    await first.wait_closed()
    third = await asyncio.start_server(handle, "127.0.0.1", 8767)
    print("third server reuses fd", [s.fileno() for s in third.sockets])
    await ask(8767, "third")
    for s in (second, third):
        s.close()
        await s.wait_closed()


asyncio.run(main())
