# An asyncio program split in two files: the worker pool lives in workers.py.
import asyncio

from lang_import_pkg import workers
from lang_import_pkg.workers import run_pool


async def main():
    results = await run_pool([3, 1, 2, 1], 2)
    for name, job in results:
        print(f"{asyncio.get_running_loop().time():.1f} {name} finished job {job}")
    try:
        workers.fail_in_helper("b")
    except KeyError as e:
        print("KeyError from the helper module:", e)


if __name__ == "__main__":
    asyncio.run(main())
