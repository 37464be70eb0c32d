# Geometry with math: distances, angles, areas, polygons.
import math


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def distance_to(self, other):
        return math.hypot(other.x - self.x, other.y - self.y)

    def __iter__(self):
        yield self.x
        yield self.y


a, b, c = Point(0, 0), Point(3, 4), Point(6, 0)
print(a.distance_to(b), math.dist(a, c), math.dist((1, 2, 3), (4, 6, 15)))
angle = math.degrees(math.atan2(b.y - a.y, b.x - a.x))
print(round(angle, 6), math.radians(180) == math.pi)
s = (a.distance_to(b) + b.distance_to(c) + c.distance_to(a)) / 2
area = math.sqrt(s * (s - a.distance_to(b)) * (s - b.distance_to(c)) * (s - c.distance_to(a)))
print("triangle area:", area)
r = 2.5
print(f"circle: area={math.pi * r ** 2:.4f} circumference={math.tau * r:.4f}")
hexagon = [(math.cos(math.radians(60 * k)), math.sin(math.radians(60 * k))) for k in range(6)]
print([(round(x, 3), round(y, 3)) for x, y in hexagon])
perimeter = sum(math.dist(hexagon[i], hexagon[(i + 1) % 6]) for i in range(6))
print(round(perimeter, 12), math.isclose(perimeter, 6))
print(math.hypot(3, 4, 12), math.hypot(), math.hypot(-7), math.hypot(1e200, 1e200), math.hypot(5e-324, 5e-324))
print(math.sin(math.pi / 6), math.cos(math.pi / 3), math.tan(math.pi / 4), math.asin(1), math.acos(0), math.atan(1))
