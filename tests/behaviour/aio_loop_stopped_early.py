# stop() before the awaited future completes: run_until_complete raises;
# the task is still pending and a later run finishes it.
import asyncio


async def slow():
    print("slow: start")
    await asyncio.sleep(2)
    print("slow: end")
    return "late"


loop = asyncio.new_event_loop()
task = loop.create_task(slow())
loop.call_later(1, loop.stop)
try:
    loop.run_until_complete(task)
except RuntimeError as e:
    print("RuntimeError:", e)
print("task done:", task.done(), "at", loop.time())
print(loop.run_until_complete(task))
loop.close()
