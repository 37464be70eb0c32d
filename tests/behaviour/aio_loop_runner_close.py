# Runner.close() cancels the tasks still running and closes the loop;
# run() after close raises.
import asyncio


async def service(name):
    try:
        while True:
            await asyncio.sleep(1)
            print(name, "tick")
    except asyncio.CancelledError:
        print(name, "cancelled at shutdown")
        raise


async def start_services():
    loop = asyncio.get_running_loop()
    loop.create_task(service("db"), name="db")
    await asyncio.sleep(2.5)
    return "started"


runner = asyncio.Runner()
loop = runner.get_loop()
print("loop made lazily:", loop.is_closed())
print(runner.run(start_services()))
runner.close()
print("closed:", loop.is_closed())
runner.close()
coro = start_services()
try:
    runner.run(coro)
except RuntimeError as e:
    print("RuntimeError:", e)
coro.close()
try:
    runner.run("not a coroutine")
except ValueError as e:
    print("ValueError:", e)
