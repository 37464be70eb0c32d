# A function running in a worker thread cannot ask for the running loop:
# the loop runs in another thread.  Pass the loop in instead.
import asyncio


def schedule_followup():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "follow-up")


async def main():
    await asyncio.to_thread(schedule_followup)


asyncio.run(main())
