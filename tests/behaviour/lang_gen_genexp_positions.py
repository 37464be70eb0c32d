# Generator expressions wherever an expression can go.
prices = {"apple": 1.25, "pear": 0.8, "melon": 3.5, "kiwi": 0.45}
print(sum(p for p in prices.values()))
print(max(len(name) for name in prices))
print(sorted(name.upper() for name in prices if prices[name] < 1))
print(", ".join(f"{k}={v}" for k, v in sorted(prices.items()) if v > 1))
print(any(p > 3 for p in prices.values()), all(p > 0.5 for p in prices.values()))
print(dict((k, round(v * 1.2, 2)) for k, v in prices.items()))
print(tuple(x * y for x in range(1, 4) for y in range(1, 3) if x != y))
total = sum(
    qty * prices[item]
    for item, qty in [("apple", 4), ("kiwi", 10)]
)
print(round(total, 2))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(list(row[i] for row in matrix) for i in range(3)))
gen = (n for n in range(3))
print(type(gen).__name__, next(gen), list(gen))
print([*(c for c in "hey")], {*(n % 3 for n in range(10))})
callbacks = list((lambda: i) for i in range(3))
print([cb() for cb in callbacks])
bound = list((lambda i=i: i * 10) for i in range(3))
print([cb() for cb in bound])
def scale(factor):
    return (x * factor for x in range(4))
print(list(scale(3)))
words = ["Generator", "expressions", "are", "lazy"]
lengths = (len(w) for w in words)
print(next(lengths), next(lengths))
print(list(lengths))
lazy = (1 / x for x in [1, 0])
print(next(lazy))
try:
    next(lazy)
except ZeroDivisionError as e:
    print("raised only when reached:", e)
print(sum(x for x in range(10) if x % 2) if True else 0)
print(f"{sum(x for x in (1, 2, 3))} items", [y for y in (x + 1 for x in range(3))])
