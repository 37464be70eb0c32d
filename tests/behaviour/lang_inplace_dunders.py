# x op= y calls __iadd__ and the other in-place dunders when the class has
# them, falling back to the plain operator (also when they return
# NotImplemented); list, set and dict update in place, so aliases see it.
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, other):
        print("iadd", other)
        self.items.append(other)
        return self
    def __add__(self, other):
        print("add", other)
        return self

class OnlyAdd:
    def __add__(self, other):
        print("OnlyAdd.add", other)
        return 42

class NI:
    def __iadd__(self, other):
        print("NI.iadd")
        return NotImplemented
    def __add__(self, other):
        print("NI.add")
        return "added"

class Vec:
    def __init__(self, v): self.v = v
    def __imul__(self, k):
        self.v = [x * k for x in self.v]
        return self
    def __ior__(self, o):
        return "ior"
    def __ipow__(self, o):
        return "ipow"
    def __isub__(self, o):
        return None

a = Acc(); b = a
a += 1
a += 2
print(a is b, b.items)
o = OnlyAdd()
o += 5
print(o)
n = NI()
n += 1
print(n)
v = Vec([1, 2])
w = v
v *= 3
print(w.v, v is w)
v |= 1; print(v)
v = Vec([1]); v **= 2; print(v)
v = Vec([1]); v -= 2; print(v)
l = [1]; m = l
l += [2]
l += (3,)
l *= 2
print(l, m, l is m)
s = {1}; t = s
s |= {2}; s -= {1}; s &= {2, 3}; s ^= {4}
print(s, t, s is t)
d = {1: 1}; e = d
d |= {2: 2}
print(d, e, d is e)
class Box:
    def __init__(self): self.a = Acc(); self.l = [1]
bx = Box()
bx.a += 7
bx.l += [2]
print(bx.a.items, bx.l)
lst = [Acc()]
lst[0] += 9
print(lst[0].items)
t = (1,); u = t
t += (2,)
print(t, u)
st = "a"; st2 = st
st += "b"
print(st, st2)
class E:
    def __iadd__(self, o):
        return NotImplemented
e = E()
try:
    e += 1
except TypeError as ex:
    print(ex)
x = 5
try:
    x += "a"
except TypeError as ex:
    print(ex)
try:
    x **= "a"
except TypeError as ex:
    print(ex)
