# _tuplegetter: the read-only field accessors namedtuple puts on its classes.
from _collections import _tuplegetter


class Point(tuple):
    __slots__ = ()
    x = _tuplegetter(0, "Alias for field number 0")
    y = _tuplegetter(1, "Alias for field number 1")

    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))

    def __repr__(self):
        return f"Point(x={self.x!r}, y={self.y!r})"


p = Point(3, 4)
print(p, p.x, p.y, p[0], Point.x.__doc__, (p.x ** 2 + p.y ** 2) ** 0.5)
for bad in [lambda: setattr(p, "x", 5), lambda: delattr(p, "y"), lambda: Point.x.__get__([1, 2], list)]:
    try:
        bad()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)


class Short(tuple):
    z = _tuplegetter(2, "third")


try:
    Short((1, 2)).z
except IndexError as e:
    print("IndexError:", e)
print(Short((1, 2, 3)).z)
