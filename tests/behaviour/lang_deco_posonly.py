# Positional-only parameters ('/') and their TypeErrors.

def clamp(value, /, low=0, high=100):
    return max(low, min(high, value))


print(clamp(150), clamp(-5, low=-10), clamp(50, 0, 10))
try:
    clamp(value=5)
except TypeError as e:
    print("TypeError:", e)


def build(a, b, /, c, *, d=4, **extra):
    return a, b, c, d, extra


print(build(1, 2, 3))
print(build(1, 2, c=3, a="kw a", b="kw b"))
print(build(1, 2, 3, d=5, e=6))
for call in (lambda: build(1, b=2, c=3), lambda: build(a=1, b=2, c=3)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


def strict(x, y, /):
    return x + y


for call in (lambda: strict(1, y=2), lambda: strict(x=1, y=2), lambda: strict(1, 2, 3), lambda: strict(1),
             lambda: strict(1, 2, z=3)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


class Vector:
    def __init__(self, x, y, /):
        self.x, self.y = x, y

    def scale(self, factor, /):
        return Vector(self.x * factor, self.y * factor)

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"


print(Vector(1, 2).scale(3))
try:
    Vector(1, 2).scale(factor=3)
except TypeError as e:
    print("TypeError:", e)

pair = lambda a, b, /: (b, a)
print(pair(1, 2))
print(clamp.__code__.co_posonlyargcount, clamp.__code__.co_argcount, build.__code__.co_kwonlyargcount)
print(clamp.__defaults__, build.__kwdefaults__)
