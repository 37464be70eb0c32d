# list/dict/set comprehensions, nested loops, conditions, generator expressions in calls
squares = [i * i for i in range(6)]
evens = [i for i in range(10) if i % 2 == 0]
pairs = [(a, b) for a in range(3) for b in "xy" if a != 1]
print(squares, evens, pairs)
d = {w: len(w) for w in ["apple", "fig", "kiwi"]}
print(d)
s = {i % 3 for i in range(10)}
print(sorted(s), len(s))
print(sum(i for i in range(101)), max(len(w) for w in d), min(x * 2 for x in [5, 3, 9]))
print(any(i > 4 for i in squares), all(i >= 0 for i in squares))
print(", ".join(str(i) for i in range(4)))
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix, [row[1] for row in matrix])
flat = [x for row in matrix for x in row if x % 2]
print(flat)
print(list(x.upper() for x in "abc"), tuple(i for i in range(3)), dict((k, k * 2) for k in "ab"))
x = "outer"
print([x for x in range(2)], x)
