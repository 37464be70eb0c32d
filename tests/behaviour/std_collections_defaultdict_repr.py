# defaultdict's repr, default_factory, copy and the | operator.
from _collections import defaultdict

d = defaultdict(list, {"a": [1]})
print(d, repr(defaultdict()), defaultdict(None, x=1))
print(d.default_factory, defaultdict(int).default_factory, defaultdict().default_factory)
d["b"].append(2)
print(d)
c = d.copy()
c["c"]
print(type(c).__name__, c, d)
merged = d | {"z": [26]}
print(type(merged).__name__, merged)
left = {"y": [25]} | d
print(type(left).__name__, left)
d |= {"q": []}
print(type(d).__name__, d)
d.default_factory = None
try:
    d["nope"]
except KeyError as e:
    print("KeyError:", e)


def make_default():
    return "?"


f = defaultdict(make_default)
print(f["k"], dict(f), f.default_factory.__name__)
f.default_factory = lambda: 0
print(f["n"], sorted(f.items()))
print(defaultdict(lambda: defaultdict(int)).default_factory is not None)
print(defaultdict[str, int], isinstance(d, dict), issubclass(defaultdict, dict))
