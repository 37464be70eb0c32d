# gotcha 12: the exact messages of asyncio's errors
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    for action in (f.result, f.exception):
        try:
            action()
        except asyncio.InvalidStateError as e:
            print(repr(str(e)))
    f.set_result(1)
    try:
        f.set_result(2)
    except asyncio.InvalidStateError as e:
        print(repr(str(e)))
    try:
        asyncio.Lock().release()
    except RuntimeError as e:
        print(repr(str(e)))
    bs = asyncio.BoundedSemaphore(2)
    try:
        bs.release()
    except ValueError as e:
        print(repr(str(e)))
    try:
        asyncio.Condition().notify()
    except RuntimeError as e:
        print(repr(str(e)))
    try:
        asyncio.Queue().task_done()
    except ValueError as e:
        print(repr(str(e)))
    try:
        await asyncio.wait(set())
    except ValueError as e:
        print(repr(str(e)))
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.1)
    except asyncio.TimeoutError as e:
        print(repr(str(e)), e.args)
    try:
        async with asyncio.timeout(0.1):
            await asyncio.sleep(1)
    except TimeoutError as e:
        print(repr(str(e)), e.args)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(asyncio.sleep(0.1))
            raise KeyError("body")
    except ExceptionGroup as eg:
        print(repr(str(eg)), [repr(e) for e in eg.exceptions])


asyncio.run(main())
