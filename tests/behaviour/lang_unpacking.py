# assignment with unpacking: tuples, lists, nested, swap, in for loops
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, (y, z) = 1, (2, 3)
print(x, y, z)
[p, q] = "pq"
print(p, q)
first, second, third = range(3)
print(first, second, third)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
pairs = [(1, "one"), (2, "two")]
for num, word in pairs:
    print(num, word)
def two():
    return "left", "right"
l, r = two()
print(l, r)
a = b = c = 7
print(a, b, c)
try:
    m, n = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    m, n, o = [1, 2]
except ValueError as e:
    print("ValueError:", e)
