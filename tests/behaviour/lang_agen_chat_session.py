# A bidirectional chat session: the client talks to an async generator with
# asend() and gets replies back.
import asyncio

async def chat_bot(name):
    greeting = f"{name}: hello, what is your name?"
    user = yield greeting
    reply = f"{name}: nice to meet you, {user}"
    history = []
    try:
        while True:
            text = yield reply
            await asyncio.sleep(0.2)
            history.append(text)
            if text.endswith("?"):
                reply = f"{name}: good question about {text[:-1].split()[-1]}"
            elif text == "bye":
                break
            else:
                reply = f"{name}: noted ({len(history)} messages)"
        yield f"{name}: goodbye {user}, you sent {len(history)} messages"
    finally:
        print(f"[{name} session closed at {asyncio.get_running_loop().time():.1f}]")

async def main():
    bot = chat_bot("Robo")
    print(await bot.asend(None))
    print(await bot.asend("Ada"))
    for msg in ["I like tea", "what about coffee?", "bye"]:
        print("me:", msg)
        print(await bot.asend(msg))
    try:
        await bot.asend("anyone there?")
    except StopAsyncIteration:
        print("the bot has left")

asyncio.run(main())
