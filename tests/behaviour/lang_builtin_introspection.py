# vars() and dir() on a class hierarchy, as debugging helpers use them.
class Shape:
    """A shape with a name."""
    sides = 0

    def __init__(self, name):
        self.name = name

    def area(self):
        return 0.0


class Rectangle(Shape):
    sides = 4

    def __init__(self, w, h):
        super().__init__("rectangle")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def is_square(self):
        return self.w == self.h

    square = property(is_square)


r = Rectangle(3, 4)
print(vars(r))
print(vars(r) is r.__dict__)
own = [n for n in dir(r) if not n.startswith("__")]
print(own)
print([n for n in dir(Rectangle) if not n.startswith("__")])
print("area" in dir(Shape), "w" in dir(Rectangle), "w" in dir(r))
print(sorted(k for k in vars(Rectangle) if not k.startswith("__")))
print(dir(r) == sorted(dir(r)))

def show(obj):
    for name in dir(obj):
        if name.startswith("_"):
            continue
        value = getattr(obj, name)
        kind = "method" if callable(value) else "value"
        print(f"  {name}: {kind} = {value if kind == 'value' else '...'}")

show(r)


class Config:
    def __init__(self, **kw):
        vars(self).update(kw)

    def __dir__(self):
        return ["z_custom", "a_custom"]


c = Config(debug=True, level=3)
print(c.debug, c.level, vars(c))
print(dir(c))
try:
    vars(42)
except TypeError as e:
    print("TypeError:", e)

def scope_demo(a, b=2):
    c = a + b
    def inner():
        return c
    return sorted(locals()), sorted(dir())

print(scope_demo(1))
x_global = 1
print("x_global" in globals(), globals() is globals(), "scope_demo" in dir())
print(globals()["__name__"], locals() is globals())
