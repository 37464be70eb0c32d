# streams: write_eof-free EOF by close; read() until EOF returns everything, then b''
import asyncio

PORT = 9204


async def handler(reader, writer):
    data = await reader.read()
    print("server read to EOF:", data)
    writer.write(data.upper())
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handler, "127.0.0.1", PORT)
    async with server:
        reader, writer = await asyncio.open_connection("127.0.0.1", PORT)
        writer.write(b"abc")
        writer.write(b"def")
        await writer.drain()
        writer.write_eof()
        print("client got", await reader.read())
        print("then", await reader.read(), reader.at_eof())
        writer.close()
        await writer.wait_closed()


asyncio.run(main())
