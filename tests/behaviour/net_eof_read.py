# streams: closing sends EOF; read() with no limit returns everything up to EOF, then b''
import asyncio

PORT = 9204


async def handler(reader, writer):
    request = await reader.readline()
    print("server got", request)
    for part in (b"abc", b"def", b"ghi"):
        writer.write(part)
    await writer.drain()
    writer.close()
    await writer.wait_closed()
    print("server closed its side")


async def main():
    server = await asyncio.start_server(handler, "127.0.0.1", PORT)
    async with server:
        reader, writer = await asyncio.open_connection("127.0.0.1", PORT)
        writer.write(b"send everything\n")
        await writer.drain()
        print("client got", await reader.read())
        print("then", await reader.read(), reader.at_eof())
        writer.close()
        await writer.wait_closed()


asyncio.run(main())
