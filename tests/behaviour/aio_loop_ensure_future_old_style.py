# The pre-3.7 style: ensure_future() and asyncio.wait() before the loop
# runs, the loop from get_event_loop(), then run_until_complete(wait(...)).
import asyncio


async def compute(n):
    await asyncio.sleep(n / 10)
    print(f"computed {n}")
    return n * n


loop = asyncio.get_event_loop()
tasks = [asyncio.ensure_future(compute(n)) for n in (3, 1, 2)]
print("tasks made:", [t.get_name() for t in tasks], tasks[0].get_loop() is loop)
done, pending = loop.run_until_complete(asyncio.wait(tasks))
print("done:", len(done), "pending:", len(pending))
print("results in order:", [t.result() for t in tasks])
extra = asyncio.Task(compute(4))
print(loop.run_until_complete(extra))
loop.close()
