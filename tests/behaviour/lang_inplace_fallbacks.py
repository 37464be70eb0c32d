# In-place operators where CPython falls back or refuses: list += with a
# class that has __radd__, set |= a list, dict |= pairs, frozenset |=,
# and an __iadd__ that returns a different object (the name is rebound).
class Right:
    def __radd__(self, other):
        return "radd " + str(other)

    def __rmul__(self, other):
        return "rmul " + str(other)


l = [1]
l += Right()
print(l)
m = [2]
m *= Right()
print(m)
s = {1}
try:
    s |= [2]
except TypeError as e:
    print(e)
d = {1: "a"}
alias = d
d |= [(2, "b")]
print(d, alias is d)
try:
    d |= 5
except TypeError as e:
    print(e)
f = frozenset({1})
g = f
f |= {2}
print(sorted(f), sorted(g), f is g)


class Fresh:
    def __init__(self, n):
        self.n = n

    def __iadd__(self, k):
        return Fresh(self.n + k)


a = Fresh(1)
b = a
a += 5
print(a.n, b.n, a is b)


class Holder:
    pass


h = Holder()
h.value = Fresh(10)
h.value += 1
print(h.value.n)
items = [Fresh(0)]
items[0] += 3
print(items[0].n)
q = [1, 2]
q *= 0
print(q)
try:
    q *= "x"
except TypeError as e:
    print(e)
n = 5
n //= 2
n **= 3
n <<= 1
n ^= 3
print(n)
x = 7.5
x %= 2
print(x)
