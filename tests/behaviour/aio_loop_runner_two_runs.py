# asyncio.Runner (3.11): two run() calls share one loop and its state.
import asyncio

counter = {"hits": 0}


async def hit(n):
    await asyncio.sleep(0.1 * n)
    counter["hits"] += n
    return counter["hits"]


async def background():
    await asyncio.sleep(5)
    print("background finished (never)")


with asyncio.Runner() as runner:
    loop = runner.get_loop()
    print("first:", runner.run(hit(1)))
    same = runner.get_loop() is loop
    print("same loop:", same)
    runner.get_loop().create_task(background())
    print("second:", runner.run(hit(2)))
    print("loop running inside with:", loop.is_running(), "closed:", loop.is_closed())
print("closed after with:", loop.is_closed())
late = hit(3)
try:
    runner.run(late)
except RuntimeError as e:
    print("RuntimeError:", e)
late.close()
