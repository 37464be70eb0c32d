# Two tasks failing at the same time both land in the group; the others,
# still sleeping, get cancelled and do not appear in it.
import asyncio

cancelled = []


async def worker(n):
    try:
        await asyncio.sleep(0.2 if n in (2, 3) else 0.1 * n)
        if n in (2, 3):
            raise ValueError(f"worker {n} failed")
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        cancelled.append(n)
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for n in range(1, 6):
                tg.create_task(worker(n), name=f"w{n}")
    except* ValueError as eg:
        print(eg.message, len(eg.exceptions))
        print(sorted(str(e) for e in eg.exceptions))
        print(type(eg).__name__, isinstance(eg, ExceptionGroup))
    print("cancelled:", sorted(cancelled))


asyncio.run(main())
