# Properties extended through super(), and super() reaching class attributes.
class Shape:
    sides = 0

    def __init__(self, name):
        self._name = name

    def name(self):
        return self._name.title()
    name = property(name)

    def area(self):
        return 0.0
    area = property(area)

    def describe(self):
        return f"{self.name} with {self.sides} sides and area {self.area}"


class Rectangle(Shape):
    sides = 4

    def __init__(self, w, h):
        super().__init__("rectangle")
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h
    area = property(area)


class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side)

    def name(self):
        return "Square (a " + super().name + ")"
    name = property(name)

    def area(self):
        return f"{super().area} square units"
    area = property(area)

    def base_sides(self):
        return super().sides


sq = Square(3)
print(sq.describe())
print(sq.base_sides(), super(Rectangle, sq).area, super(Square, sq).area)
print(Rectangle(2, 5).describe())
try:
    sq.area = 4
except AttributeError as e:
    print("AttributeError:", e)
