# Future: set_result/set_exception, done callbacks in order, invalid state messages
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.add_done_callback(lambda fut: print("cb1 sees", fut.result()))
    f.add_done_callback(lambda fut: print("cb2 sees", fut.result()))
    loop.call_later(0.5, f.set_result, "value")
    print("awaiting future")
    print("got", await f, "at", loop.time())
    try:
        f.set_result("again")
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    g = loop.create_future()
    g.set_exception(ValueError("stored error"))
    try:
        await g
    except ValueError as e:
        print("awaiting g raised", repr(e))
    h = loop.create_future()
    print(h.cancel(), h.cancelled(), h.done(), h.cancel())
    try:
        h.result()
    except asyncio.CancelledError:
        print("result() of a cancelled future raises CancelledError")


asyncio.run(main())
