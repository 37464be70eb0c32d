# Ordering of try / except* / else / finally, with async clean-up and
# unhandled parts leaving through finally.
import asyncio

log = []


async def release(name):
    await asyncio.sleep(0.1)
    log.append(f"released {name}")


async def use(resource, fail):
    try:
        log.append(f"using {resource}")
        if fail:
            raise ExceptionGroup("use failed", fail)
    except* TimeoutError:
        log.append("timed out: will retry later")
    except* ConnectionError as eg:
        log.append(f"connection problems: {len(eg.exceptions)}")
    else:
        log.append("no problems")
    finally:
        await release(resource)


async def main():
    await use("db", [])
    await use("cache", [TimeoutError("slow")])
    await use("api", [ConnectionError("reset"), ConnectionError("refused"), TimeoutError()])
    try:
        await use("disk", [OSError("full"), TimeoutError()])
    except ExceptionGroup as eg:
        log.append(f"escaped: {eg!r}")
    print("\n".join(log))
    print(asyncio.get_running_loop().time())


asyncio.run(main())
