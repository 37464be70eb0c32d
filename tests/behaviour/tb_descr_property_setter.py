# An exception from a property setter run by an assignment in __init__,
# and from a descriptor's __get__: the traceback shows each frame.

class Positive:
    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__[self.name]

    def __set__(self, obj, value):
        obj.__dict__[self.name] = value


class Product:
    weight = Positive()

    def __init__(self, name, price):
        self.name = name
        self.price = price

    @property
    def price(self):
        return self._price

    @price.setter
    def price(self, value):
        if value < 0:
            raise ValueError(f"negative price for {self.name}: {value}")
        self._price = value


apple = Product("apple", 3)
print(apple.price)
try:
    apple.weight
except KeyError as e:
    print("KeyError:", e)
Product("broken", -1)
