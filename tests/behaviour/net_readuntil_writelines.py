# streams: writelines, readuntil with a separator, read(n) sizes
import asyncio

PORT = 9203


async def handler(reader, writer):
    record = await reader.readuntil(b";")
    print("server got record", record)
    rest = await reader.read(100)
    print("server got rest", rest)
    writer.write(b"ok;done")
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handler, "127.0.0.1", PORT)
    async with server:
        reader, writer = await asyncio.open_connection("127.0.0.1", PORT)
        writer.writelines([b"name=", b"ada", b";", b"tail"])
        await writer.drain()
        print("client reply", await reader.readuntil(b";"), await reader.read())
        writer.close()
        await writer.wait_closed()


asyncio.run(main())
