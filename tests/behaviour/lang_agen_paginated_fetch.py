# Paginated fetching wrapped in an async generator.
import asyncio

DATABASE = [f"record-{i:02d}" for i in range(11)]

async def fetch_page(cursor, size):
    await asyncio.sleep(0.1)
    page = DATABASE[cursor:cursor + size]
    next_cursor = cursor + size if cursor + size < len(DATABASE) else None
    print(f"  fetched page at cursor {cursor}: {len(page)} items")
    return page, next_cursor

async def paginate(size=4):
    cursor = 0
    pages = 0
    while cursor is not None:
        page, cursor = await fetch_page(cursor, size)
        pages += 1
        for item in page:
            yield item
    print(f"  paginate: {pages} pages")

async def first_matching(predicate):
    async for item in paginate():
        if predicate(item):
            return item
    return None

async def main():
    items = [item async for item in paginate()]
    print(len(items), items[0], items[-1])
    found = await first_matching(lambda s: s.endswith("05"))
    print("found", found, "at", asyncio.get_running_loop().time())
    await asyncio.sleep(0)
    print("missing:", await first_matching(lambda s: s == "nope"))

asyncio.run(main())
