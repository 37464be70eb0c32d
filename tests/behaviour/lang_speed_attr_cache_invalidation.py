# Attribute lookups stay right when classes change after they were used:
# methods replaced or deleted on a class or a base, class attributes
# rebound, instance attributes shadowing class ones, descriptors added later,
# and classes made again in a loop (the interpreter caches lookups per type).


class Shape:
    sides = 0

    def describe(self):
        return f"{type(self).__name__} with {self.sides} sides"

    def area(self):
        return 0


class Square(Shape):
    sides = 4

    def __init__(self, size):
        self.size = size

    def area(self):
        return self.size * self.size


sq = Square(3)
for _ in range(3):
    print(sq.describe(), sq.area())

# Replace a method on the subclass, then on the base.
Square.area = lambda self: -1
print("replaced area:", sq.area())
Shape.describe = lambda self: "base replaced"
print("replaced base describe:", sq.describe())

# Delete the subclass override: the base's method shows through again.
del Square.area
print("after del, area from Shape:", sq.area())

# Rebind a class attribute used through instances.
for n in (5, 6):
    Square.sides = n
    print("sides now", sq.sides)

# An instance attribute shadows the class attribute; deleting it unshadows.
sq.sides = 99
print("instance shadow:", sq.sides)
del sq.sides
print("unshadowed:", sq.sides)


# A property added to the class after instances were read: a data
# descriptor wins over the instance dict from then on.
class Account:
    def __init__(self):
        self.balance = 10


acct = Account()
print("plain balance:", acct.balance)
Account.balance = property(lambda self: 1234)
print("property balance:", acct.balance)
try:
    acct.balance = 5
except AttributeError as e:
    print("AttributeError:", e)
del Account.balance
print("property gone:", acct.balance)


# Classes made again and again (a factory): each new class answers with
# its own attributes, never a previous class's.
def make_counter_class(start):
    class Counter:
        first = start

        def value(self):
            return self.first * 10

    return Counter


values = []
for i in range(5):
    cls = make_counter_class(i)
    values.append(cls().value())
print("factory classes:", values)


# Monkeypatching a builtin-derived class and a mixin after use.
class Loud:
    def shout(self):
        return "hey"


class Words(Loud, list):
    pass


w = Words(["a", "b"])
print(w.shout(), len(w))
Loud.shout = lambda self: "HEY " + ",".join(self)
print(w.shout())


# A missing attribute still raises after all of the above.
class Lazy:
    pass


lz = Lazy()
try:
    lz.missing
except AttributeError as e:
    print("AttributeError:", e)
