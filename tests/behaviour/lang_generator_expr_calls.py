# generator expressions passed to calls: sum, min, max, any, all, join, sorted, list
data = [("ann", 31), ("bob", 25), ("cy", 40)]
print(sum(age for _, age in data), min(age for _, age in data), max(n for n, _ in data))
print(" / ".join(f"{n}={a}" for n, a in data), sorted((a, n) for n, a in data))
print(any(a > 35 for _, a in data), all(len(n) > 1 for n, _ in data))
print(list(n.upper() for n, a in data if a < 35), tuple(a // 10 for _, a in data))
print(dict((n, a) for n, a in data), set(len(n) for n, _ in data) == {2, 3})
