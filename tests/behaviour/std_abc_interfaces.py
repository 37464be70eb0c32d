"""Abstract base classes as interfaces, the way OOP tutorials introduce them."""
from abc import ABC, ABCMeta, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__}: area={self.area()}, perimeter={self.perimeter()}"

class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side

class Broken(Shape):
    def area(self):
        return 0

for cls in (Shape, Broken):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
print(Square(3).describe())
print("abstract methods:", sorted(Shape.__abstractmethods__), sorted(Broken.__abstractmethods__), Square.__abstractmethods__)

class Drawable(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Drawable:
            return any("draw" in B.__dict__ for B in C.__mro__)
        return NotImplemented

class Canvas:
    def draw(self):
        return "drawing"

print("structural:", issubclass(Canvas, Drawable), isinstance(Canvas(), Drawable), isinstance(1, Drawable))

class Serializer(ABC):
    pass

Serializer.register(dict)
print("registered:", issubclass(dict, Serializer), isinstance({}, Serializer), issubclass(list, Serializer))

class Base(ABC):
    @property
    @abstractmethod
    def name(self):
        ...

class Impl(Base):
    @property
    def name(self):
        return "impl"

print("abstract property:", Impl().name)
try:
    Base()
except TypeError as e:
    print("TypeError:", e)
