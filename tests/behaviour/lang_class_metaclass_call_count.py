# A metaclass counting instances and exposing them through the class.
class Counted(type):
    def __call__(cls, *args, **kwargs):
        instance = super().__call__(*args, **kwargs)
        cls.instances = getattr(cls, "instances", 0) + 1
        return instance

    def reset(cls):
        cls.instances = 0


class Point(metaclass=Counted):
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y


class Point3(Point):
    def __init__(self, x=0, y=0, z=0):
        super().__init__(x, y)
        self.z = z


pts = [Point(i, i) for i in range(3)] + [Point3(1, 2, 3)]
print(Point.instances, Point3.instances)
Point.reset()
print(Point.instances, Point3.instances, Point3(z=9).z, Point3.instances)
print(type(Point3).__name__, Point3.__mro__[1].__name__)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
