# create_task on a loop that is not running yet, then run_until_complete on
# the task; a second task keeps running in a later run.
import asyncio


async def ticker(label, n, step):
    for i in range(n):
        print(f"{label} {i}")
        await asyncio.sleep(step)
    return f"{label} finished"


loop = asyncio.new_event_loop()
t1 = loop.create_task(ticker("fast", 3, 0.2))
t2 = loop.create_task(ticker("slow", 3, 0.5), name="slow-one")
print(t1.get_name(), t2.get_name(), t1.done())
print(loop.run_until_complete(t1))
print("slow done yet:", t2.done())
print(loop.run_until_complete(t2))
print("again on a finished task:", loop.run_until_complete(t1))
loop.close()
