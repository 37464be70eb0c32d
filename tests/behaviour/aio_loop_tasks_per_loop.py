# all_tasks() belongs to one loop: a task left pending on another loop is
# not cancelled by asyncio.run, and finishes when its own loop runs again.
import asyncio


async def forever():
    try:
        await asyncio.sleep(100)
    finally:
        print("forever: finally, loop time", asyncio.get_running_loop().time())


async def quick():
    await asyncio.sleep(0.1)


loop = asyncio.new_event_loop()
left = loop.create_task(forever(), name="left-behind")
loop.run_until_complete(quick())
print("left pending:", not left.done())


async def main():
    names = sorted(t.get_name() for t in asyncio.all_tasks())
    print("tasks in the new loop:", names)


asyncio.run(main())
print("left still pending:", not left.done())
left.cancel()
try:
    loop.run_until_complete(left)
except asyncio.CancelledError:
    print("left cancelled:", left.cancelled())
loop.close()
