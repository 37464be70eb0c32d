# A namedtuple-like class built on tuple with __new__ and read-only accessors.
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    def x(self):
        return self[0]

    def y(self):
        return self[1]

    x = property(x)
    y = property(y)

    def __repr__(self):
        return f"Point(x={self[0]}, y={self[1]})"

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)


p = Point(1, 2)
q = Point(10, 20)
print(p, q, p + q)
print(p.x, p.y, len(p), p[0], list(p), tuple(p))
x, y = q
print(x, y)
print(p == (1, 2), hash(p) == hash((1, 2)), p < q)
print(isinstance(p, tuple), type(p).__name__, {p: "here"}[(1, 2)])
print(sorted([Point(3, 1), Point(1, 5), Point(2, 2)]))
print(p.count(1), p.index(2))
try:
    p[0] = 5
except TypeError as e:
    print("TypeError:", e)
pair = tuple.__add__(p, (3,))
print(pair, type(pair).__name__)


class Version(tuple):
    def __new__(cls, text):
        return super().__new__(cls, (int(part) for part in text.split(".")))

    def __str__(self):
        return ".".join(map(str, self))


versions = [Version("1.10.0"), Version("1.2.3"), Version("1.2")]
print([str(v) for v in sorted(versions)])
print(max(versions), Version("2.0") > Version("1.99"))
