# an uncaught custom exception: the last stderr line names the class and message
import asyncio


class BudgetExceeded(Exception):
    def __init__(self, spent, limit):
        super().__init__(f"spent {spent} of {limit}")


async def spend(amounts, limit):
    total = 0
    for a in amounts:
        await asyncio.sleep(0.1)
        total += a
        print("spent", total)
        if total > limit:
            raise BudgetExceeded(total, limit)


asyncio.run(spend([3, 4, 5, 6], 10))
