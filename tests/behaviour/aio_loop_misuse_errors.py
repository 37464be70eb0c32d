# The loop's checks: closed loops, loops already running, another loop
# running, closing a running loop.
import asyncio


async def nothing():
    return None


loop = asyncio.new_event_loop()


async def inside():
    running = asyncio.get_running_loop()
    print("same loop:", running is loop)
    coro = nothing()
    try:
        loop.run_until_complete(coro)
    except RuntimeError as e:
        print("run_until_complete:", e)
    coro.close()
    try:
        loop.run_forever()
    except RuntimeError as e:
        print("run_forever:", e)
    try:
        loop.close()
    except RuntimeError as e:
        print("close:", e)
    other = asyncio.new_event_loop()
    try:
        other.run_forever()
    except RuntimeError as e:
        print("other loop:", e)
    other.close()
    coro = nothing()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("asyncio.run:", e)
    coro.close()
    return "inside done"


print(loop.run_until_complete(inside()))
loop.close()
loop.close()
print("closed twice without error:", loop.is_closed())
pending = nothing()
for what, call in [("run_until_complete", lambda: loop.run_until_complete(pending)),
                   ("run_forever", loop.run_forever),
                   ("call_soon", lambda: loop.call_soon(print)),
                   ("call_later", lambda: loop.call_later(1, print)),
                   ("create_task", lambda: loop.create_task(nothing()))]:
    try:
        call()
    except RuntimeError as e:
        print(what + ":", e)
pending.close()
