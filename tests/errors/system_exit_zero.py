# exit() ends the program quietly with status 0, from module code or a task.
import asyncio

async def worker():
    try:
        await asyncio.sleep(5)
    finally:
        print("worker cleaned up")

async def main():
    asyncio.create_task(worker())
    await asyncio.sleep(1)
    print("done early, exiting")
    exit()

try:
    asyncio.run(main())
finally:
    print("finally blocks still run")
print("not reached")
