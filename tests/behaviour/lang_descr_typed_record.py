# A dataclass-like record built from typed descriptors and a class
# decorator that writes __init__, __repr__ and __eq__ by hand.

class Typed:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default

    def __set_name__(self, owner, name):
        self.name = name
        owner.__dict__.get("_fields", None)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        obj.__dict__[self.name] = value


def record(cls):
    fields = [name for name, value in cls.__dict__.items() if isinstance(value, Typed)]

    def __init__(self, *args, **kwargs):
        if len(args) > len(fields):
            raise TypeError(f"{cls.__name__} takes {len(fields)} fields")
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            if name not in fields:
                raise TypeError(f"unknown field {name}")
            setattr(self, name, value)

    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
        return f"{cls.__name__}({inner})"

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in fields)

    cls.__init__ = __init__
    cls.__repr__ = __repr__
    cls.__eq__ = __eq__
    cls._fields = tuple(fields)
    return cls


@record
class Book:
    title = Typed(str, "untitled")
    pages = Typed(int, 0)
    price = Typed(float, 0.0)


b = Book("Dune", 412, price=9.99)
print(b, Book._fields)
print(Book(), Book("A") == Book("A"), Book("A") == Book("B"), Book("A") != Book("A"))
for args, kwargs in [((1,), {}), (("X", "many"), {}), ((), {"isbn": "123"}), (("a", 1, 2.0, 3), {})]:
    try:
        Book(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
b.pages = 500
print(b.pages, sorted(b.__dict__))
print(Book.__eq__(b, 5))
