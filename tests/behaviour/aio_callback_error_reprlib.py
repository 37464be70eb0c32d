"""A callback that raises is logged by the loop's default exception handler;
its arguments appear shortened the way reprlib shortens them."""
import asyncio


def record_order(customer, items, totals, note):
    raise ValueError(f"cannot record order for {customer}")


def tally(*numbers):
    raise ZeroDivisionError("nothing to divide by")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(record_order, "Ada Lovelace of the Analytical Engine Company",
                   ["gear", "cam", "punch card", "crank", "lever", "spring", "axle"],
                   {"gear": 3, "cam": 1, "card": 250, "crank": 2, "lever": 9},
                   None)
    loop.call_soon(tally, 2 ** 200, (1,), (), frozenset({3, 1, 2}), set(), {5, 4})
    loop.call_soon(tally, [[[[[[[["deep"]]]]]]]], {"a": {"b": {"c": {}}}})
    await asyncio.sleep(0.1)
    print("the loop goes on after each callback error")


asyncio.run(main())
