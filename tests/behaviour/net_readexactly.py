# streams: readexactly, and IncompleteReadError with .partial when EOF comes first
import asyncio

PORT = 9202


async def handler(reader, writer):
    writer.write(b"HEADER" + b"x" * 14)
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handler, "127.0.0.1", PORT)
    async with server:
        reader, writer = await asyncio.open_connection("127.0.0.1", PORT)
        print(await reader.readexactly(6))
        try:
            await reader.readexactly(100)
        except asyncio.IncompleteReadError as e:
            print("IncompleteReadError:", e)
            print("partial:", e.partial, len(e.partial), e.expected)
        writer.close()
        await writer.wait_closed()


asyncio.run(main())
