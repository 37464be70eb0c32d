# __new__ in ordinary classes: interning instances, validating, returning other objects.
class Color:
    _cache = {}

    def __new__(cls, name):
        key = name.lower()
        if key in cls._cache:
            print(f"reusing {key}")
            return cls._cache[key]
        print(f"creating {key}")
        obj = super().__new__(cls)
        obj.name = key
        cls._cache[key] = obj
        return obj

    def __init__(self, name):
        print(f"__init__({name!r})")


red = Color("Red")
again = Color("RED")
print(red is again, red.name, len(Color._cache))


class PositiveNumber:
    def __new__(cls, value):
        if value <= 0:
            return None
        return super().__new__(cls)

    def __init__(self, value):
        self.value = value


print(PositiveNumber(5).value, PositiveNumber(-1))


class Factory:
    def __new__(cls, kind):
        if kind == "list":
            return [1, 2, 3]
        return object.__new__(cls)

    def __init__(self, kind):
        print("Factory.__init__ ran for", kind)


print(Factory("list"))
print(type(Factory("object")).__name__)


class Strict:
    pass


for make in (lambda: Strict(1), lambda: object.__new__(Strict, 1), lambda: Strict.__new__(Strict)):
    try:
        print(type(make()).__name__)
    except TypeError as e:
        print("TypeError:", e)


class WithNew:
    def __new__(cls, *args):
        return super().__new__(cls, *args)


try:
    WithNew(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError:", e)
try:
    object.__new__(3)
except TypeError as e:
    print("TypeError:", e)
