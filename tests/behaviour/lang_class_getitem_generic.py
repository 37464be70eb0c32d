# __class_getitem__ for Generic-like classes: Box[int] and friends.
class Alias:
    def __init__(self, origin, args):
        self.origin = origin
        self.args = args if isinstance(args, tuple) else (args,)

    def __repr__(self):
        inner = ", ".join(a.__name__ for a in self.args)
        return f"{self.origin.__name__}[{inner}]"

    def __call__(self, *args):
        obj = self.origin(*args)
        obj.type_args = self.args
        return obj


class Box:
    def __class_getitem__(cls, item):
        return Alias(cls, item)

    def __init__(self, value=None):
        self.value = value


class Pair(Box):
    pass


print(Box[int])
print(Pair[str, float])
b = Box[int](5)
print(b.value, b.type_args)
print(type(b).__name__)


class Registry:
    items = {}

    def __class_getitem__(cls, key):
        return cls.items.get(key, f"no {key}")


Registry.items["a"] = 1
print(Registry["a"], Registry["b"])
try:
    Box()[0]
except TypeError as e:
    print("TypeError:", e)
