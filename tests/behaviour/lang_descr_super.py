# Properties, classmethods and descriptors reached through super() and
# through explicit base classes in subclasses.

class Shape:
    def __init__(self, name):
        self._name = name

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        self._name = value.strip()

    @classmethod
    def create(cls, *args):
        print(f"Shape.create for {cls.__name__}")
        return cls(*args)

    @staticmethod
    def describe():
        return "a shape"

    def area(self):
        return 0


class Square(Shape):
    def __init__(self, side):
        super().__init__("square")
        self.side = side

    @property
    def name(self):
        return super().name.upper()

    @name.setter
    def name(self, value):
        Shape.name.fset(self, value + "!")

    @classmethod
    def create(cls, *args):
        print(f"Square.create for {cls.__name__}")
        return super().create(*args)

    @staticmethod
    def describe():
        return "a square, " + super(Square, Square).describe()

    def area(self):
        return self.side ** 2 + super().area()


class BigSquare(Square):
    pass


s = Square(3)
print(s.name, s.area())
s.name = "  box  "
print(s.name, s._name)
print(BigSquare.create(5).area(), type(BigSquare.create(2)).__name__)
print(Square.describe(), s.describe())
print(super(Square, s).name, super(Square, s).area())
print(super(BigSquare, BigSquare).create(1).side)


class Upper:
    def __get__(self, obj, objtype=None):
        return "upper descriptor" if obj is not None else "upper on class"


class Base:
    attr = Upper()


class Child(Base):
    @property
    def attr(self):
        return "child sees " + super().attr


print(Child().attr, Base.attr, Child.__mro__[1].attr)
