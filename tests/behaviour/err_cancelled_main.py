# the main task cancelled: asyncio.run raises CancelledError
import asyncio


async def main():
    me = asyncio.current_task()
    asyncio.get_running_loop().call_later(0.5, me.cancel)
    print("sleeping")
    await asyncio.sleep(1)
    print("never printed")


asyncio.run(main())
