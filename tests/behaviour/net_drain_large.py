# streams: a large write, drain, and a reader that collects it with read(n) until EOF
import asyncio

PORT = 9207
SIZE = 300000


async def handler(reader, writer):
    total = 0
    while True:
        chunk = await reader.read(65536)
        if not chunk:
            break
        total += len(chunk)
    print("server received", total, "bytes")
    writer.write(str(total).encode())
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handler, "127.0.0.1", PORT)
    async with server:
        reader, writer = await asyncio.open_connection("127.0.0.1", PORT)
        writer.write(b"z" * SIZE)
        await writer.drain()
        print("drained; closing write side")
        writer.write_eof()
        print("server says", (await reader.read()).decode())
        writer.close()
        await writer.wait_closed()


asyncio.run(main())
