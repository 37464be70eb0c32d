# Trees and nested counters with defaultdict subclasses and factories.
from _collections import defaultdict


class Tree(defaultdict):
    def __init__(self):
        super().__init__(Tree)

    def to_dict(self):
        return {k: v.to_dict() for k, v in self.items()}


t = Tree()
t["usr"]["lib"]["python3"]
t["usr"]["bin"]
t["etc"]
print(t.to_dict())
print(type(t["usr"]).__name__, len(t))

sales = defaultdict(lambda: defaultdict(int))
for region, product, qty in [("north", "tea", 3), ("south", "tea", 1), ("north", "cake", 2), ("north", "tea", 4)]:
    sales[region][product] += qty
print({r: dict(p) for r, p in sales.items()})


class Registry(defaultdict):
    def __missing__(self, key):
        value = self[key] = f"<{key}>"
        return value


r = Registry(None)
print(r["a"], r, r.default_factory)
graph = defaultdict(list)
for a, b in [(1, 2), (1, 3), (2, 3), (3, 1)]:
    graph[a].append(b)
print(dict(graph), graph[4], dict(graph))
