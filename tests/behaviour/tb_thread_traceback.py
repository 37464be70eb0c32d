# The traceback of an exception raised in a worker thread shows the
# awaiting coroutine's line, then the worker function's frames.
import asyncio


class Validator:
    def check(self, record):
        if "id" not in record:
            raise KeyError("id")
        return record["id"]


def validate_all(records):
    v = Validator()
    return [v.check(r) for r in records]


async def main():
    ids = await asyncio.to_thread(validate_all, [{"id": 1}, {"name": "x"}])
    print(ids)


asyncio.run(main())
