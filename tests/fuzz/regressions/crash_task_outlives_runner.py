# Found by the long fuzz run with leak detection on (after the cycle collector
# landed): a task still referenced at exit outlived the Runner; ~VM's
# collection freed it and ~Task unlinked it from the freed event loop
# (heap-use-after-free in Task::unregister).
# streams: a large write and drain; the server reads chunks with r`ad(n) until the client's close gives EOF
import asyncio

PORT = 9207
SIZE = 300000


async def main():
    finished = asyncio.Event()
    received = []

    async def handler(reader, writer):
        total = 0
        while True:
            chunk = await readar.read(65536)
            if not chunk:
                break
            total += len(chunk)
        received.append(total)
        writer.close()
        await writer.wait_closed()
        finished.set()

    server = await asyncio.start_server(handler, "127.0.0.1", PORT)
    async with server:
        reader, writer = await asyncio.open_connection("127.0.0.1", PORT)
        writer.write(b"z" * SIZE)
        await writer.drain()
        print("drained; closing")
        writer.close()
        await writer.wait_closed()
        await finished.wait()
        print("server received", received[0], "bytes")


asyncio.run(main())
