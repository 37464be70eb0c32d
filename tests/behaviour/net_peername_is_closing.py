# streams: get_extra_info('peername') host, is_closing before and after close
import asyncio

PORT = 9208


async def handler(reader, writer):
    peer = writer.get_extra_info("peername")
    print("server sees peer host", peer[0], "port is an int:", isinstance(peer[1], int))
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handler, "127.0.0.1", PORT)
    async with server:
        reader, writer = await asyncio.open_connection("127.0.0.1", PORT)
        print("client peer", writer.get_extra_info("peername"))
        print("closing?", writer.is_closing())
        print("read after server closed:", await reader.read(10))
        writer.close()
        print("closing?", writer.is_closing())
        await writer.wait_closed()


asyncio.run(main())
