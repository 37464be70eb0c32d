# Misusing defaultdict: the factory must be callable, and dict's own rules apply.
from _collections import defaultdict

for bad in [lambda: defaultdict(1), lambda: defaultdict("list"), lambda: defaultdict(list, 1),
            lambda: defaultdict(list, {}, {}), lambda: defaultdict()[0],
            lambda: defaultdict(int)[[1]]]:
    try:
        bad()
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)
d = defaultdict(int, [("a", 1)], b=2)
print(d)
d.default_factory = 5
try:
    d["zzz"]
except TypeError as e:
    print("TypeError:", e)
