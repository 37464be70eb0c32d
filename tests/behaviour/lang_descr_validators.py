# Validators built as data descriptors that learn their names from
# __set_name__ (the pattern from the descriptor how-to).

class Validator:
    def __set_name__(self, owner, name):
        self.public_name = name
        self.private_name = "_" + name
        print(f"__set_name__({owner.__name__}, {name!r})")

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private_name)

    def __set__(self, obj, value):
        self.validate(value)
        setattr(obj, self.private_name, value)


class OneOf(Validator):
    def __init__(self, *options):
        self.options = set(options)

    def validate(self, value):
        if value not in self.options:
            raise ValueError(f"{self.public_name}: expected one of {sorted(self.options)}, got {value!r}")


class Number(Validator):
    def __init__(self, minvalue=None, maxvalue=None):
        self.minvalue = minvalue
        self.maxvalue = maxvalue

    def validate(self, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f"{self.public_name}: expected a number, got {type(value).__name__}")
        if self.minvalue is not None and value < self.minvalue:
            raise ValueError(f"{self.public_name}: expected at least {self.minvalue}, got {value}")
        if self.maxvalue is not None and value > self.maxvalue:
            raise ValueError(f"{self.public_name}: expected at most {self.maxvalue}, got {value}")


class String(Validator):
    def __init__(self, minsize=0):
        self.minsize = minsize

    def validate(self, value):
        if not isinstance(value, str):
            raise TypeError(f"{self.public_name}: expected a str")
        if len(value) < self.minsize:
            raise ValueError(f"{self.public_name}: too short ({len(value)} < {self.minsize})")


class Component:
    name = String(minsize=2)
    kind = OneOf("wood", "metal", "plastic")
    quantity = Number(minvalue=0)

    def __init__(self, name, kind, quantity):
        self.name = name
        self.kind = kind
        self.quantity = quantity

    def __repr__(self):
        return f"Component({self.name!r}, {self.kind!r}, {self.quantity})"


c = Component("widget", "metal", 5)
print(c)
print(sorted(c.__dict__))
for args in [("x", "metal", 5), ("gear", "glass", 1), ("gear", "wood", -1), ("gear", "wood", "many"), (7, "wood", 1)]:
    try:
        Component(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
c.__dict__["quantity"] = 999
print(c.quantity)
print(Component.kind.public_name, type(Component.quantity).__name__)


class NoDelete:
    def __get__(self, obj, objtype=None):
        return "value"

    def __set__(self, obj, value):
        print("set to", value)


class Holder:
    attr = NoDelete()


h = Holder()
h.attr = 5
print(h.attr)
try:
    del h.attr
except AttributeError as e:
    print("AttributeError:", e)
