# streams with timers: a slow server, a client with wait_for on readline
import asyncio

PORT = 9211


async def handler(reader, writer):
    await reader.readline()
    await asyncio.sleep(2)
    writer.write(b"late reply\n")
    try:
        await writer.drain()
    except ConnectionError:
        pass
    writer.close()


async def main():
    server = await asyncio.start_server(handler, "127.0.0.1", PORT)
    async with server:
        reader, writer = await asyncio.open_connection("127.0.0.1", PORT)
        writer.write(b"hi\n")
        await writer.drain()
        try:
            await asyncio.wait_for(reader.readline(), timeout=0.5)
        except asyncio.TimeoutError:
            print("no reply within 0.5s at", asyncio.get_running_loop().time())
        print("retry:", await asyncio.wait_for(reader.readline(), timeout=5), "at", asyncio.get_running_loop().time())
        writer.close()
        await writer.wait_closed()


asyncio.run(main())
