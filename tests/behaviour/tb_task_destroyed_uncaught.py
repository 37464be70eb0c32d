# The program ends with an uncaught exception after asyncio.run: the
# traceback comes first, then the abandoned task is destroyed at exit.
import asyncio


async def cleanup():
    try:
        await asyncio.sleep(5)
    finally:
        print("cleanup finally")


async def worker():
    try:
        await asyncio.sleep(10)
    finally:
        asyncio.get_running_loop().create_task(cleanup())


async def main():
    asyncio.create_task(worker())
    await asyncio.sleep(0)
    return {"ok": 1}

result = asyncio.run(main())
print(result["missing"])
