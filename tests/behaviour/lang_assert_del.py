# assert with and without message, del of names, items and attributes
x = 5
assert x == 5
try:
    assert x > 10, f"x too small: {x}"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert x < 0
except AssertionError as e:
    print("bare AssertionError:", repr(e))
y = 1
del y
try:
    print(y)
except NameError as e:
    print("NameError:", e)
l = [1, 2, 3, 4]
del l[0], l[-1]
print(l)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
class Box:
    pass
b = Box()
b.v = 3
print(b.v)
del b.v
try:
    print(b.v)
except AttributeError as e:
    print("AttributeError:", e)
