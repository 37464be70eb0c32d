# cmp_to_key: sorting with old-style comparison functions.
from _functools import cmp_to_key


def by_length_then_reverse_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a < b) - (a > b)


words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
print(sorted(words, key=cmp_to_key(by_length_then_reverse_alpha)))


def version_cmp(a, b):
    pa, pb = [int(x) for x in a.split(".")], [int(x) for x in b.split(".")]
    return (pa > pb) - (pa < pb)


versions = ["1.10.0", "1.2.3", "1.2.10", "0.9", "1.2"]
print(sorted(versions, key=cmp_to_key(version_cmp)), max(versions, key=cmp_to_key(version_cmp)))
K = cmp_to_key(lambda a, b: a - b)
x, y = K(3), K(5)
print(x < y, x > y, x == K(3), x <= y, x != y, x.obj, type(x).__name__, type(K).__name__)
calls = []


def traced(a, b):
    calls.append((a, b))
    return a - b


print(sorted([3, 1, 2], key=cmp_to_key(traced)), len(calls) > 0)
for bad in [lambda: K(1) < 5, lambda: hash(K(1)), lambda: K(), lambda: cmp_to_key()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
