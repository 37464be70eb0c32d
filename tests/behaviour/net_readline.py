# streams: readline returns one line incl. newline, b'' at EOF; at_eof
import asyncio

PORT = 9201


async def handler(reader, writer):
    writer.write(b"first line\nsecond line\npartial")
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handler, "127.0.0.1", PORT)
    async with server:
        reader, writer = await asyncio.open_connection("127.0.0.1", PORT)
        while True:
            line = await reader.readline()
            print(repr(line), "at_eof:", reader.at_eof())
            if not line:
                break
        writer.close()
        await writer.wait_closed()


asyncio.run(main())
