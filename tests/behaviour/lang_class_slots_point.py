# __slots__: no instance dict, only the declared attributes.
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point(1, 2)
print(p, p.x + p.y)
p.x = 10
print(p)
try:
    p.z = 3
except AttributeError as e:
    print("p.z = 3 -> AttributeError:", e)
try:
    print(p.__dict__)
except AttributeError as e:
    print("p.__dict__ -> AttributeError:", e)
print(Point.__slots__, hasattr(p, "x"), hasattr(p, "z"))


class Point3D(Point):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


q = Point3D(1, 2, 3)
print(q.x, q.y, q.z)
try:
    q.w = 4
except AttributeError as e:
    print("AttributeError:", e)


class Tagged(Point):
    pass


t = Tagged(0, 0)
t.tag = "origin"
print(t.tag, t.__dict__)

empty = Point.__new__(Point)
try:
    empty.x
except AttributeError as e:
    print("AttributeError:", e)


class Named:
    __slots__ = "name"


n = Named()
n.name = "solo"
print(n.name, Named.__slots__)
