"""Live chat: a tiny chat room your students join with nc

A chat server on 127.0.0.1:8888. Everyone who connects types a name, then
every line they type goes to everyone else in the room. `start_server`
runs `chat` as a new task for each connection, and one task per person
keeps the room going while the others wait for their next line. Three
simulated students (alice, bob, 小明) join, talk and leave on their own;
the room closes once it has been empty for EMPTY_CLOSE_AFTER seconds.

一个很小的聊天室：服务器在 127.0.0.1:8888 上监听。每个连接先输入名字，之后
输入的每一行都会发给聊天室里的其他人。`start_server` 为每个连接新建一个运行
`chat` 的任务，每个人各占一个任务，一个任务等待输入时其他任务照常运行。三个
模拟学生（alice、bob、小明）会自己加入、发言、离开；聊天室空置
EMPTY_CLOSE_AFTER 秒后关闭。

How to run it live in class / 课堂上实时演示:
- Start it live:  asyncio-sandbox run --live scenarios/11_chat_server.py
  (or open it in the app and switch on Live). Slow it down with
  --speed 0.5 to give everyone more time. 用 --live 运行（或在应用里打开
  Live 开关）；加 --speed 0.5 可以放慢，留出更多时间。
- Students on the same machine join with:  nc 127.0.0.1 8888
  then type a name and chat; each new connection appears on the timeline
  as a new task. 同一台机器上的学生用 nc 127.0.0.1 8888 加入，输入名字后
  即可聊天；每个新连接都会在时间线上出现为一个新任务。
- Press Ctrl+C to end the demonstration early: asyncio.run cancels the
  tasks and closes every connection. 按 Ctrl+C 可提前结束：asyncio.run
  会取消所有任务并关闭每个连接。

What to watch for / 观察要点:
- A message typed by one person is written to every other connection at
  once; nobody waits for anybody. 一个人发的消息会立即写给其他所有连接，
  谁也不用等谁。
- Without --live (the default) the students are simulated and the whole
  session runs in virtual time, the same every run, as on CPython.
  不加 --live 时学生是模拟的，整个过程在虚拟时间里运行，每次结果相同，
  与 CPython 一致。
"""
import asyncio

HOST, PORT = "127.0.0.1", 8888
EMPTY_CLOSE_AFTER = 60  # seconds the room stays open with nobody in it

members = {}  # name -> StreamWriter of everyone in the room


def broadcast(text, sender):
    for name, writer in members.items():
        if name != sender and not writer.is_closing():
            writer.write(text.encode())


async def chat(reader, writer):
    writer.write(b"Welcome to the chat! Your name? ")
    await writer.drain()
    name = (await reader.readline()).decode().strip() or "guest"
    while name in members:
        name += "_"
    members[name] = writer
    print(f"[join]  {name} ({len(members)} in the room)")
    broadcast(f"* {name} joined\n", name)
    try:
        async for line in reader:
            text = line.decode().strip()
            if text:
                print(f"<{name}> {text}")
                broadcast(f"<{name}> {text}\n", name)
    except ConnectionError:
        pass  # nc killed without saying goodbye
    finally:
        del members[name]
        print(f"[leave] {name} ({len(members)} in the room)")
        broadcast(f"* {name} left\n", name)
        writer.close()
        await writer.wait_closed()


async def listen(reader):
    heard = 0
    async for line in reader:
        heard += 1
    return heard


async def student(name, lines, arrive):
    await asyncio.sleep(arrive)
    reader, writer = await asyncio.open_connection(HOST, PORT)
    await reader.readuntil(b"? ")
    writer.write(f"{name}\n".encode())
    heard = asyncio.create_task(listen(reader))
    for text in lines:
        await asyncio.sleep(1)
        writer.write(f"{text}\n".encode())
        await writer.drain()
    await asyncio.sleep(1)
    writer.write_eof()  # done talking: the server says goodbye and hangs up
    print(f"  ({name} heard {await heard} lines)")
    writer.close()
    await writer.wait_closed()


async def close_when_empty(seconds):
    empty_for = 0
    while empty_for < seconds:
        await asyncio.sleep(1)
        empty_for = 0 if members else empty_for + 1


async def main():
    server = await asyncio.start_server(chat, HOST, PORT)
    print(f"Chat room open: nc {HOST} {PORT}")
    async with server:
        await asyncio.gather(
            student("alice", ["hi all", "who is here?"], 0),
            student("bob", ["hello alice", "bye!"], 0.5),
            student("小明", ["大家好"], 1.2),
        )
        await close_when_empty(EMPTY_CLOSE_AFTER)
    print(f"Chat room closed after {EMPTY_CLOSE_AFTER} s with nobody in it")


asyncio.run(main())
