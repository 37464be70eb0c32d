# Reimplementing a few itertools with generators.
def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step

def take(n, iterable):
    it = iter(iterable)
    for _ in range(n):
        try:
            yield next(it)
        except StopIteration:
            return

def cycle(iterable):
    saved = []
    for x in iterable:
        yield x
        saved.append(x)
    while saved:
        yield from saved

def chain(*iterables):
    for it in iterables:
        yield from it

def pairwise(iterable):
    it = iter(iterable)
    prev = next(it, None)
    for x in it:
        yield prev, x
        prev = x

def accumulate(iterable, func=lambda a, b: a + b):
    it = iter(iterable)
    try:
        total = next(it)
    except StopIteration:
        return
    yield total
    for x in it:
        total = func(total, x)
        yield total

def groupby(iterable, key=lambda x: x):
    group, current = [], object()
    for x in iterable:
        k = key(x)
        if group and k != current:
            yield current, group
            group = []
        current = k
        group.append(x)
    if group:
        yield current, group

print(list(take(5, count(10, 5))))
print(list(take(7, cycle("abc"))))
print(list(chain([1, 2], (3,), range(4, 6))))
print(list(pairwise("hello")))
print(list(accumulate([3, 1, 4, 1, 5])), list(accumulate([3, 1, 4], max)), list(accumulate([])))
print([(k, "".join(g)) for k, g in groupby("aaabccdd")])
print(list(zip(count(1), "xyz")))
print(dict(zip(take(3, count()), cycle([True, False]))))
evens = (n for n in count() if n % 2 == 0)
print(list(take(4, evens)), next(evens))
