# Enforcing required methods at class creation (an abc-like metaclass).
class Interface(type):
    def __new__(mcs, name, bases, ns, required=()):
        cls = super().__new__(mcs, name, bases, ns)
        inherited = set()
        for base in bases:
            inherited.update(getattr(base, "__required__", ()))
        cls.__required__ = tuple(sorted(inherited | set(required)))
        missing = [m for m in cls.__required__ if not callable(getattr(cls, m, None))]
        cls.__abstract__ = bool(missing)
        cls.__missing__ = missing
        return cls

    def __call__(cls, *args, **kwargs):
        if cls.__abstract__:
            raise TypeError(f"Can't instantiate {cls.__name__}: missing {', '.join(cls.__missing__)}")
        return super().__call__(*args, **kwargs)


class Shape(metaclass=Interface, required=("area", "perimeter")):
    def describe(self):
        return f"{type(self).__name__}: area={self.area()}, perimeter={self.perimeter()}"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side


class HalfDone(Shape):
    def area(self):
        return 0


print(Square(3).describe())
for cls in (Shape, HalfDone):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
print(Square.__required__, Square.__abstract__)
