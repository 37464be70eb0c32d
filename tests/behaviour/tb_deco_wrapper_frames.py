# Exceptions raised through decorator wrappers: every wrapper frame shows.
import asyncio


def logged(func):
    async def wrapper(*args, **kwargs):
        print(f"-> {func.__name__}{args[1:]}")
        return await func(*args, **kwargs)
    return wrapper


class Inventory:
    def __init__(self):
        self.stock = {"apple": 3}

    @logged
    async def take(self, item, count):
        await asyncio.sleep(0.1)
        if self.stock.get(item, 0) < count:
            raise LookupError(f"not enough {item}")
        self.stock[item] -= count
        return self.stock[item]


async def main():
    inv = Inventory()
    print(await inv.take("apple", 2))
    print(await inv.take("apple", 2))


asyncio.run(main())
