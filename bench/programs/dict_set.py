"""Benchmark (dicts and sets): counting, grouping, membership tests, set
algebra, dict comprehensions and key deletion with str, int and tuple keys."""


def counts(n):
    c = {}
    for i in range(n):
        k = (i * 2654435761) % 4099
        c[k] = c.get(k, 0) + 1
    return len(c), max(c.values())


def grouping(n):
    groups = {}
    for i in range(n):
        key = "g%d" % (i % 251)
        if key in groups:
            groups[key].append(i)
        else:
            groups[key] = [i]
    return len(groups), sum(len(v) for v in groups.values()), groups["g17"][-1]


def sets(n):
    a = {i * 3 for i in range(n)}
    b = {i * 5 for i in range(n)}
    both = a & b
    either = a | b
    only = a - b
    hits = 0
    for i in range(n * 2):
        if i in both:
            hits += 1
    return len(both), len(either), len(only), hits


def tuples(n):
    grid = {(x, y): x * y for x in range(n) for y in range(n)}
    total = 0
    for x in range(1, n - 1):
        for y in range(1, n - 1):
            total += grid[(x - 1, y)] + grid[(x + 1, y)] - grid[(x, y - 1)]
    for x in range(0, n, 2):
        del grid[(x, x)]
    return total, len(grid)


print("counts", counts(300000))
print("grouping", grouping(200000))
print("sets", sets(100000))
print("tuples", tuples(250))
