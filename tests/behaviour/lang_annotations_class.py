# Class annotations drive dataclass-like code: a decorator reads
# cls.__annotations__ (and the bases' ones, through the MRO) to build
# __init__, __repr__ and __eq__, with defaults taken from class attributes.
MISSING = object()


def record(cls):
    fields = {}
    for klass in reversed(cls.__mro__):
        fields.update(klass.__dict__.get("__annotations__", {}))
    defaults = {name: getattr(cls, name, MISSING) for name in fields}

    def __init__(self, *args, **kwargs):
        names = list(fields)
        if len(args) > len(names):
            raise TypeError(f"{cls.__name__} takes {len(names)} arguments")
        values = dict(zip(names, args))
        for key, value in kwargs.items():
            if key not in fields:
                raise TypeError(f"unexpected field {key!r}")
            values[key] = value
        for name in names:
            if name not in values:
                if defaults[name] is MISSING:
                    raise TypeError(f"missing field {name!r}")
                values[name] = defaults[name]
            expected = fields[name]
            if isinstance(expected, type) and not isinstance(values[name], expected):
                raise TypeError(f"{name} must be {expected.__name__}, not {type(values[name]).__name__}")
            setattr(self, name, values[name])

    def __repr__(self):
        inner = ", ".join(f"{name}={getattr(self, name)!r}" for name in fields)
        return f"{cls.__name__}({inner})"

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in fields)

    cls.__init__ = __init__
    cls.__repr__ = __repr__
    cls.__eq__ = __eq__
    cls.__fields__ = tuple(fields)
    return cls


@record
class Point:
    x: int
    y: int = 0


@record
class Point3D(Point):
    z: int = 0
    label: str = "origin"


print(Point.__annotations__)
print(Point3D.__annotations__)
print(Point3D.__fields__)
p = Point(3)
q = Point3D(1, 2, z=3, label="corner")
print(p, q)
print(p == Point(3, 0), q == Point3D(1, 2, 3, "corner"), p == q)
for bad in [lambda: Point(), lambda: Point("3"), lambda: Point3D(1, w=2), lambda: Point(1, 2, 3)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


# A class's own annotations only: a subclass without any gets an empty
# dict of its own (made on first access and kept in its __dict__).
class Base:
    name: str
    size: int = 1


class Child(Base):
    pass


print(Child.__annotations__, "__annotations__" in Child.__dict__)
print(Base.__annotations__ is Base.__dict__["__annotations__"])
print(Child.__annotations__ is Child.__annotations__)
print(Base().__annotations__)
print("name" in Base.__dict__, Base.size)


class Annotated:
    """A docstring does not change where __annotations__ goes."""
    count: int = 0
    if True:
        flag: bool = True

    def method(self) -> str:
        local: int = 1
        return "method"


print([k for k in Annotated.__dict__ if not k.startswith("__") or k == "__annotations__"])
print(Annotated.__annotations__, Annotated.method.__annotations__)

Annotated.__annotations__ = {"replaced": float}
print(Annotated.__annotations__)
del Annotated.__annotations__
print(Annotated.__annotations__)

try:
    print(int.__annotations__)
except AttributeError as e:
    print("AttributeError:", e)
