# wait_for: result in time, TimeoutError (empty message) after the inner task's clean-up
import asyncio


async def work(d):
    try:
        await asyncio.sleep(d)
        return f"worked {d}"
    finally:
        print(f"work({d}) clean-up at {asyncio.get_running_loop().time()}")


async def main():
    print(await asyncio.wait_for(work(0.1), timeout=1))
    try:
        await asyncio.wait_for(work(5), timeout=0.5)
    except asyncio.TimeoutError as e:
        print("TimeoutError", repr(str(e)), type(e).__name__, "at", asyncio.get_running_loop().time())
    print(await asyncio.wait_for(work(0.2), None))


asyncio.run(main())
