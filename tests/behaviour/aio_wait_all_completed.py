# asyncio.wait with ALL_COMPLETED (the default) waits for exceptions too
import asyncio


async def job(d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise ValueError(f"failed after {d}")
    return d


async def main():
    tasks = [asyncio.create_task(job(0.2)), asyncio.create_task(job(0.1, True)), asyncio.create_task(job(0.3))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.ALL_COMPLETED)
    print(len(done), len(pending), asyncio.get_running_loop().time())
    for t in tasks:
        print(repr(t.exception()) if t.exception() else t.result())


asyncio.run(main())
