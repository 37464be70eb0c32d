"""TCP I/O: an echo server and the article's tcp_echo_client

`asyncio.start_server` listens on 127.0.0.1:8888 and runs `handle_echo` for
every connection; `asyncio.open_connection` gives the client a
(reader, writer) pair. The client sends a message, the server reads it and
writes it back, and both close. Here the server runs in the same program so
the example works on its own.

处理 I/O 操作：`asyncio.start_server` 在 127.0.0.1:8888 上监听，每个连接都会
运行 `handle_echo`；`asyncio.open_connection` 返回 (reader, writer)。客户端
发送消息，服务器读取后原样写回，然后双方关闭连接。为了让例子可以单独运行，
服务器和客户端在同一个程序里。

What to watch for / 观察要点:
- Everything happens at t=0.000: network I/O here takes no virtual time,
  but it does take loop iterations. 所有输出都在 0 秒：网络 I/O 不消耗虚拟
  时间，但会经过若干次事件循环迭代。
- The server's handler is a separate task created when the connection is
  accepted; its lines interleave with the client's.
  服务器的处理函数是接受连接时新建的任务，它的输出与客户端交错出现。
- `reader.read(100)` suspends until the peer's bytes arrive; `drain()`
  returns at once while the write buffer is small.
  `reader.read(100)` 会挂起直到对方的数据到达；写缓冲区很小时 `drain()`
  立即返回。
"""
import asyncio

async def handle_echo(reader, writer):
    data = await reader.read(100)
    message = data.decode()
    addr = writer.get_extra_info('peername')
    print(f"Server received {message!r} from {addr[0]}")

    writer.write(data)
    await writer.drain()

    print("Server closes the connection")
    writer.close()
    await writer.wait_closed()

async def tcp_echo_client(message):
    reader, writer = await asyncio.open_connection('127.0.0.1', 8888)

    print(f"Send: {message}")
    writer.write(message.encode())
    await writer.drain()

    data = await reader.read(100)
    print(f"Received: {data.decode()}")

    print("Close the connection")
    writer.close()
    await writer.wait_closed()

async def main():
    server = await asyncio.start_server(handle_echo, '127.0.0.1', 8888)
    print("Serving on 127.0.0.1:8888")
    async with server:
        await tcp_echo_client('Hello, World!')
    print("Server closed")

asyncio.run(main())
