# asyncio.run twice in one program: each run makes a fresh loop and closes
# it; afterwards there is no current loop to get.
import asyncio

loops = []


async def job(n):
    loop = asyncio.get_running_loop()
    loops.append(loop)
    print(f"run {n}: loop running={loop.is_running()}, task={asyncio.current_task().get_name()}")
    await asyncio.sleep(n)
    print(f"run {n}: time {loop.time():.1f}")
    return n * 10


print(asyncio.run(job(1)))
print(asyncio.run(job(2)))
print("different loops:", loops[0] is not loops[1])
print("both closed:", [l.is_closed() for l in loops])
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
