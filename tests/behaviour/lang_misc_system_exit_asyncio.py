# SystemExit raised in a task leaves asyncio.run (the other tasks are
# cancelled first), as a worker that decides the program must stop.
import asyncio


async def worker(jobs):
    for job in jobs:
        await asyncio.sleep(0.5)
        if job == "stop":
            print("worker asks the program to exit")
            raise SystemExit(2)
        print("worker did", job)


async def heartbeat():
    try:
        while True:
            await asyncio.sleep(0.4)
            print("heartbeat")
    finally:
        print("heartbeat cancelled")


async def main():
    asyncio.create_task(heartbeat())
    await asyncio.create_task(worker(["a", "b", "stop", "c"]))
    print("not reached")


try:
    asyncio.run(main())
except SystemExit as e:
    print("caught SystemExit with code", e.code)

try:
    exit("configuration missing")
except SystemExit as e:
    print(repr(e.code), e.args)
try:
    quit(0)
except SystemExit as e:
    print(e.code)
