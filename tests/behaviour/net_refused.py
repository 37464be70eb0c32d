# streams: connecting where nobody listens raises ConnectionRefusedError (errno 111 message)
import asyncio

PORT = 9205


async def main():
    try:
        await asyncio.open_connection("127.0.0.1", PORT)
    except ConnectionRefusedError as e:
        print("ConnectionRefusedError:", e)
        print(isinstance(e, OSError), isinstance(e, ConnectionError))


asyncio.run(main())
