# __slots__ across inheritance: __dict__ in slots, subclasses, conflicts.
class Base:
    __slots__ = ("id",)


class WithDict(Base):
    __slots__ = ("name", "__dict__")


w = WithDict()
w.id = 1
w.name = "n"
w.anything = True
print(w.id, w.name, w.anything, w.__dict__)


class Compact(Base):
    __slots__ = ()


c = Compact()
c.id = 7
print(c.id)
try:
    c.other = 1
except AttributeError as e:
    print("AttributeError:", e)


class A:
    __slots__ = ("a",)


class B:
    __slots__ = ("b",)


try:
    class AB(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)


class Mixin:
    pass


class Mixed(A, Mixin):
    pass


m = Mixed()
m.a = 1
m.free = 2
print(m.a, m.free, m.__dict__)

try:
    class Clash:
        __slots__ = ("value",)
        value = 3
except ValueError as e:
    print("ValueError:", e)
