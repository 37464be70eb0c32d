# Permutations, combinations and partitions with recursive generators.
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, first in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [first] + rest

def combinations(items, k):
    if k == 0:
        yield ()
        return
    for i in range(len(items) - k + 1):
        for tail in combinations(items[i + 1:], k - 1):
            yield (items[i],) + tail

def partitions(n, largest=None):
    largest = n if largest is None else largest
    if n == 0:
        yield []
        return
    for part in range(min(n, largest), 0, -1):
        for rest in partitions(n - part, part):
            yield [part] + rest

def subsets(items):
    if not items:
        yield set()
        return
    first, rest = items[0], items[1:]
    for s in subsets(rest):
        yield s
        yield s | {first}

print(["".join(p) for p in permutations("abc")])
print(sum(1 for _ in permutations(list(range(6)))))
print(list(combinations("ABCD", 2)))
print(list(partitions(5)))
print(sorted(sorted(s) for s in subsets([1, 2, 3])))
print(next(p for p in permutations([3, 1, 2]) if p == sorted(p)))
