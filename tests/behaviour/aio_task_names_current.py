# task names (default Task-N, name=, set_name), current_task, all_tasks
import asyncio


async def show(tag):
    me = asyncio.current_task()
    print(tag, "running as", me.get_name())
    await asyncio.sleep(0)


async def main():
    print("main is", asyncio.current_task().get_name())
    t1 = asyncio.create_task(show("a"))
    t2 = asyncio.create_task(show("b"), name="custom")
    t3 = asyncio.create_task(show("c"))
    t3.set_name("renamed")
    print(t1.get_name(), t2.get_name(), t3.get_name())
    print("all tasks:", sorted(t.get_name() for t in asyncio.all_tasks()))
    await asyncio.gather(t1, t2, t3)
    print("after gather:", len(asyncio.all_tasks()))


asyncio.run(main())
