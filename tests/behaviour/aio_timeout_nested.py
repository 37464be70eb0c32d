# nested asyncio.timeout blocks: the inner deadline fires first, the outer one later
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(1.0) as outer:
            try:
                async with asyncio.timeout(0.3) as inner:
                    await asyncio.sleep(5)
            except TimeoutError:
                print(f"inner expired at {loop.time():.1f}: {inner.expired()}, outer {outer.expired()}")
            await asyncio.sleep(5)
    except TimeoutError:
        print(f"outer expired at {loop.time():.1f}: {outer.expired()}")


asyncio.run(main())
