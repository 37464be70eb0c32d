# several clients talk to one server; handlers run as separate tasks
import asyncio

PORT = 9206


async def handler(reader, writer):
    name = (await reader.readline()).decode().strip()
    print("server: hello from", name)
    await asyncio.sleep(0.1 * len(name))
    writer.write(f"bye {name}\n".encode())
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def client(name):
    reader, writer = await asyncio.open_connection("127.0.0.1", PORT)
    writer.write(name.encode() + b"\n")
    await writer.drain()
    reply = await reader.readline()
    print(f"{name}: {reply.decode().strip()} at {asyncio.get_running_loop().time():.1f}")
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handler, "127.0.0.1", PORT)
    async with server:
        await asyncio.gather(client("ann"), client("bo"), client("cyrus"))


asyncio.run(main())
