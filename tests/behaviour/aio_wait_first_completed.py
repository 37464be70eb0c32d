# asyncio.wait with FIRST_COMPLETED: done/pending sets (printed sorted by name)
import asyncio


async def job(d):
    await asyncio.sleep(d)
    return d


def names(s):
    return sorted(t.get_name() for t in s)


async def main():
    tasks = [asyncio.create_task(job(d), name=f"job{d}") for d in (0.3, 0.1, 0.2, 0.1)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("at", asyncio.get_running_loop().time(), "done", names(done), "pending", names(pending))
    done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
    print("at", asyncio.get_running_loop().time(), "done", names(done), "pending", names(pending))
    done, pending = await asyncio.wait(pending)
    print("at", asyncio.get_running_loop().time(), "done", names(done), "pending", names(pending))
    print(sorted(t.result() for t in tasks))


asyncio.run(main())
