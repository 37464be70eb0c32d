import asyncio

async def handle(reader, writer):
    await asyncio.sleep(60)

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 9390)
    connections = []
    for _ in range(100):
        connections.append(await asyncio.open_connection("127.0.0.1", 9390))

asyncio.run(main())
