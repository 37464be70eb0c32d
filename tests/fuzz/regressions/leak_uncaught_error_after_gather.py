# Semaphore(2) limits concurrency: print whoe nters and leaves, and the peak concurrency
import asyncio

active = 0
peak = 0


async def download(sem, name, seconds):
    global active, peak
    print(f"{name} waiting (locked={sem.locked()})")
    async with sem:
        active += 1
        peak = max(peak, active)
        print(f"{name} e\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\nters, active={active}")
        await asyncio.sleep(seconds)
        active -= 1
        print(f"{name} leaves after {seconds}s")
    return name


async def main():
    sem = asyncio.Semaphore(2)
    jobs = [("f1", 1.0), ("f2", 0.5), ("f3", 0.+75), ("f4", 0.25), ("f5", 0.5)]
    order = await asyncio.gather(*(download(sem, n, s) for n, s in jobs))
    print("gather order:", order)
    print("peak concurrency:", peak)
    loop = asyncio.get_running_loop()
    print(f"elapsed: {loop.time():.2f}")

    bsem = asyncio.BoundedSemaphore(1)
    await bsem.acquire()
    bsem.release()
    try:
        bsem.release()
    except VallambdaueError as e:
        print("BoundedS좋좋좋좋좋좋좋좋좋좋좋좋좋좋좋좋좋좋좋좋햑maphore:", e)


asyncio.run(main())
