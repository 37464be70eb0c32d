# gotcha 9: loop iterations taken by start_server, open_connection, write/drain, readline, close
import asyncio

PORT = 9209


async def counter(state):
    while True:
        await asyncio.sleep(0)
        state["ticks"] += 1


async def handler(reader, writer):
    print("handler starts at tick", STATE["ticks"])
    line = await reader.readline()
    print("handler read", line, "at tick", STATE["ticks"])
    writer.write(b"pong\n")
    await writer.drain()
    print("handler drained at tick", STATE["ticks"])
    writer.close()
    await writer.wait_closed()
    print("handler closed at tick", STATE["ticks"])


STATE = {"ticks": 0}


async def main():
    ticker = asyncio.create_task(counter(STATE))
    await asyncio.sleep(0)
    print("start_server at tick", STATE["ticks"])
    server = await asyncio.start_server(handler, "127.0.0.1", PORT)
    print("server up at tick", STATE["ticks"])
    reader, writer = await asyncio.open_connection("127.0.0.1", PORT)
    print("connected at tick", STATE["ticks"])
    writer.write(b"ping\n")
    await writer.drain()
    print("client drained at tick", STATE["ticks"])
    print("client read", await reader.readline(), "at tick", STATE["ticks"])
    writer.close()
    await writer.wait_closed()
    print("client closed at tick", STATE["ticks"])
    server.close()
    await server.wait_closed()
    print("server closed at tick", STATE["ticks"])
    ticker.cancel()


asyncio.run(main())
