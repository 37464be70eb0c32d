# done callbacks are queued with call_soon, even when added to a finished future
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result(1)
    f.add_done_callback(lambda _: print("callback on finished future"))
    print("added callback; it has not run yet")
    await asyncio.sleep(0)
    print("after sleep(0)")
    t = asyncio.create_task(asyncio.sleep(0.1, "slept"))
    t.add_done_callback(lambda task: print("task callback:", task.result()))
    t.add_done_callback(lambda task: print("second task callback"))
    r = await t
    print("main resumed with", r)
    print("end")


asyncio.run(main())
