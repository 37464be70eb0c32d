# Building classes at run time with type(name, bases, namespace).
def describe(self):
    return f"{type(self).__name__}({self.value})"


def init(self, value):
    self.value = value


Base = type("Base", (), {"__init__": init, "describe": describe, "kind": "base"})
Derived = type("Derived", (Base,), {"kind": "derived", "double": lambda self: self.value * 2})

d = Derived(21)
print(d.describe(), d.double(), d.kind, Base.kind)
print(Derived.__mro__)
print(Derived.__name__, Derived.__qualname__, Derived.__module__, Derived.__doc__)
print(type(Derived), type(d) is Derived, isinstance(d, Base))


def make_record(name, *fields):
    def __init__(self, *values):
        if len(values) != len(fields):
            raise TypeError(f"{name} takes {len(fields)} values")
        for f, v in zip(fields, values):
            setattr(self, f, v)

    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
        return f"{name}({inner})"

    def __eq__(self, other):
        return type(self) is type(other) and all(getattr(self, f) == getattr(other, f) for f in fields)

    return type(name, (), {"__init__": __init__, "__repr__": __repr__, "__eq__": __eq__, "fields": fields})


Point = make_record("Point", "x", "y")
p = Point(1, 2)
print(p, p == Point(1, 2), p == Point(2, 1), Point.fields)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)

for args in [(), ("A",), ("A", (), {}, 1), (1, (), {}), ("A", [], {}), ("A", (), [])]:
    try:
        print(type(*args))
    except TypeError as e:
        print(len(args), "args -> TypeError:", e)
print(type(3), type("s"), type(None), type(type))
