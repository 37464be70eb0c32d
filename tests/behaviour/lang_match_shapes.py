# Areas and descriptions of shapes with class patterns (positional through
# __match_args__, keyword sub-patterns, nested patterns and guards).
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


class Circle:
    __match_args__ = ("center", "radius")

    def __init__(self, center, radius):
        self.center, self.radius = center, radius


class Rect:
    __match_args__ = ("corner", "width", "height")

    def __init__(self, corner, width, height):
        self.corner, self.width, self.height = corner, width, height


class Square(Rect):
    def __init__(self, corner, side):
        super().__init__(corner, side, side)


def area(shape):
    match shape:
        case Circle(radius=r):
            return round(3.14159 * r * r, 2)
        case Rect(_, w, h):
            return w * h
        case _:
            raise TypeError(f"no area for {type(shape).__name__}")


def describe(shape):
    match shape:
        case Circle(Point(0, 0), r):
            return f"circle of radius {r} at the origin"
        case Circle(Point(x, y), r) if r <= 0:
            return f"degenerate circle at ({x}, {y})"
        case Square(Point(x=x, y=y), width=side):
            return f"square with side {side} at ({x}, {y})"
        case Rect(Point(x, y), w, h) if w == h:
            return f"square-shaped rect {w} at ({x}, {y})"
        case Rect(corner=Point(x=0), width=w):
            return f"rect on the y axis, width {w}"
        case Rect():
            return "some rectangle"
        case Point(x, y):
            return f"just a point ({x}, {y})"


shapes = [
    Circle(Point(0, 0), 2),
    Circle(Point(1, 2), 0),
    Circle(Point(3, 4), 1.5),
    Square(Point(1, 1), 3),
    Rect(Point(2, 2), 4, 4),
    Rect(Point(0, 5), 2, 8),
    Rect(Point(1, 5), 2, 8),
    Point(7, 8),
]
for s in shapes:
    print(describe(s))
    try:
        print("  area:", area(s))
    except TypeError as e:
        print("  error:", e)
