# asyncio.wrap_future: awaiting a concurrent.futures.Future in a coroutine.
#
# A worker hands back the concurrent future it got from
# run_coroutine_threadsafe; the coroutine wraps it into an asyncio future
# and awaits it.  wrap_future returns asyncio futures unchanged.
import asyncio


async def compute(x):
    await asyncio.sleep(0.2)
    return x * x


def start_job(loop):
    return asyncio.run_coroutine_threadsafe(compute(7), loop)


async def main():
    loop = asyncio.get_running_loop()
    cfut = await asyncio.to_thread(start_job, loop)
    print("concurrent future:", type(cfut).__module__, type(cfut).__name__)
    afut = asyncio.wrap_future(cfut)
    print("wrapped:", type(afut).__name__, "is asyncio future:", asyncio.isfuture(afut))
    print("result:", await afut)

    plain = loop.create_future()
    print("same object:", asyncio.wrap_future(plain) is plain)
    plain.cancel()

    try:
        asyncio.wrap_future("not a future")
    except AssertionError as exc:
        print("AssertionError:", exc)


asyncio.run(main())
