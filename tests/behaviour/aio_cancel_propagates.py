# cancelling a task that awaits another task cancels the inner one too; a shielded inner is spared
import asyncio


async def inner(name):
    try:
        await asyncio.sleep(5)
        return name
    except asyncio.CancelledError:
        print(name, "inner cancelled")
        raise


async def outer(t):
    try:
        return await t
    except asyncio.CancelledError:
        print("outer cancelled")
        raise


async def main():
    t_in = asyncio.create_task(inner("plain"))
    t_out = asyncio.create_task(outer(t_in))
    await asyncio.sleep(0.1)
    t_out.cancel()
    await asyncio.gather(t_out, return_exceptions=True)
    print("inner cancelled too:", t_in.cancelled())
    coro_task = asyncio.create_task(outer(inner("direct coroutine")))
    await asyncio.sleep(0.1)
    coro_task.cancel()
    await asyncio.gather(coro_task, return_exceptions=True)
    print("done at", asyncio.get_running_loop().time())


asyncio.run(main())
