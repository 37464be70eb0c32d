# subscripts and slices on lists, strings, tuples, bytes; negative indices and steps
s = "abcdefgh"
l = list(range(10))
print(s[0], s[-1], s[2:5], s[:3], s[5:], s[::2], s[::-1], s[-3:], s[1:-1:3], s[10:], s[-100:2])
print(l[3], l[-2], l[2:8:2], l[::-3], l[:0], l[8:2:-2])
print((1, 2, 3, 4)[1:3], b"hello"[1:4], b"hello"[0])
l[2:5] = ["x", "y"]
print(l)
l[0] = "first"
del l[1]
print(l, len(l))
d = {"a": 1}
d["b"] = 2
d["a"] += 10
del d["b"]
print(d)
m = [[1, 2], [3, 4]]
m[1][0] = 9
print(m, m[-1][-1])
