"""Benchmark (unpacking): tuple packing and unpacking in assignments,
swaps, loops over pairs, starred targets and function returns."""


def divmod_pairs(n):
    out = []
    for i in range(1, n):
        q, r = divmod(i * 7, 13)
        out.append((q, r))
    return out


def swaps(n):
    a, b, c, d = 1, 2, 3, 4
    for _ in range(n):
        a, b = b, a
        c, d = d, c
        a, b, c, d = d, c, b, a
        a, b, c = c, a, b
    return a, b, c, d


def stats(pairs):
    lo, hi, total = 10 ** 9, -1, 0
    for q, r in pairs:
        if q < lo:
            lo = q
        if q > hi:
            hi = q
        total += r
    return lo, hi, total


def starred(rows):
    acc = 0
    for first, *middle, last in rows:
        acc += first + last + len(middle)
    return acc


pairs = divmod_pairs(200000)
print("stats", stats(pairs))
print("swaps", swaps(300000))
rows = [tuple(range(i % 5 + 2)) for i in range(100000)]
print("starred", starred(rows))
x = y = 0
for i, (a, b) in enumerate(pairs):
    x, y = y + a, x + b + i
print("enumerate", x, y)
