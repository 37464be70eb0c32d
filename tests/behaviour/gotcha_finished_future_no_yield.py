# gotcha 3: awaiting a finished future does not yield; its done callbacks still go through call_soon
import asyncio


async def other():
    print("other task ran")


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result("ready")
    asyncio.create_task(other())
    print("await finished future:", await f)
    print("await again:", await f)
    done_task = asyncio.create_task(asyncio.sleep(0))
    await asyncio.sleep(0.1)
    print("await finished task:", await done_task)
    print("main continues before other? no: other ran during sleep")


asyncio.run(main())
