# Data pipelines from operator functions and reduce: totals, grouping, and sorting records.
from _functools import reduce, partial
import _operator as op
from _operator import itemgetter, attrgetter

orders = [
    {"id": 1, "customer": "ann", "items": [("pen", 2, 1.5), ("book", 1, 12.0)]},
    {"id": 2, "customer": "bob", "items": [("mug", 4, 6.25)]},
    {"id": 3, "customer": "ann", "items": [("pen", 10, 1.5), ("ink", 3, 4.0)]},
]


def order_total(order):
    return reduce(op.add, (op.mul(qty, price) for _, qty, price in order["items"]), 0.0)


totals = list(map(order_total, orders))
print(totals, reduce(op.add, totals), max(orders, key=order_total)["id"])
by_customer = reduce(lambda acc, o: {**acc, o["customer"]: acc.get(o["customer"], 0) + order_total(o)}, orders, {})
print(by_customer)
lines = sorted((item for o in orders for item in o["items"]), key=itemgetter(2, 0), reverse=True)
print(lines)
get_ids = partial(map, itemgetter("id"))
print(list(get_ids(orders)), list(map(op.neg, totals)), list(map(op.truth, [0, 1, "", "x"])))


class Item:
    def __init__(self, name, qty):
        self.name, self.qty = name, qty


stock = [Item("pen", 12), Item("ink", 3), Item("mug", 4)]
print([i.name for i in sorted(stock, key=attrgetter("qty"))], reduce(op.add, map(attrgetter("qty"), stock)))
print(reduce(op.or_, [{1}, {2, 3}, {3, 4}]), reduce(op.and_, [{1, 2, 3}, {2, 3}, {3, 2, 9}]))
