class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError("must be positive")
        setattr(obj, self.name, value)


class Order:
    quantity = Positive()

    def __init__(self, quantity):
        self.quantity = quantity


order = Order(3)
del order.quantity
