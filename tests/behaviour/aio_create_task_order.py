# create_task schedules the first step with call_soon: tasks start in creation order when main yields
import asyncio


async def job(name, delay):
    print(f"{name} start")
    await asyncio.sleep(delay)
    print(f"{name} end")
    return name


async def main():
    tasks = [asyncio.create_task(job(f"t{i}", d)) for i, d in enumerate([0.3, 0.1, 0.2, 0.1])]
    print("created", len(tasks), "tasks; none started yet")
    results = [await t for t in tasks]
    print(results)


asyncio.run(main())
