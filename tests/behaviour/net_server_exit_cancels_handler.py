# gotcha 8: `async with server` does not wait for handlers in 3.11; a running handler is cancelled
import asyncio

PORT = 9210


async def handler(reader, writer):
    try:
        print("handler: waiting for data that never comes")
        await reader.read(100)
        print("handler: got data")
    except asyncio.CancelledError:
        print("handler: cancelled")
        raise
    finally:
        writer.close()


async def main():
    async with await asyncio.start_server(handler, "127.0.0.1", PORT) as server:
        reader, writer = await asyncio.open_connection("127.0.0.1", PORT)
        await asyncio.sleep(0.5)
        print("leaving async with")
    print("server closed")
    await asyncio.sleep(0.1)
    print("main returns; the handler is still waiting")


asyncio.run(main())
print("after asyncio.run")
