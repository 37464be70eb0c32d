# Who wins: data descriptors beat the instance dict, which beats non-data
# descriptors, which beat plain class attributes.

class Data:
    def __get__(self, obj, objtype=None):
        return "data descriptor"

    def __set__(self, obj, value):
        print("Data.__set__", value)


class NonData:
    def __get__(self, obj, objtype=None):
        return "non-data descriptor"


class DeleteOnly:
    def __get__(self, obj, objtype=None):
        return "delete-only descriptor"

    def __delete__(self, obj):
        print("DeleteOnly.__delete__")


class Widget:
    d = Data()
    n = NonData()
    x = DeleteOnly()
    plain = "class attribute"

    def method(self):
        return "method"


w = Widget()
w.__dict__.update(d="dict d", n="dict n", x="dict x", plain="dict plain", method="dict method")
print(w.d, "|", w.n, "|", w.x, "|", w.plain, "|", w.method)
w.d = 5
try:
    w.x = 5
except AttributeError as e:
    print("AttributeError:", e)
del w.x
del w.n
print(w.n)
print(Widget.d, Widget.n, Widget.plain)
Widget.d = "replaced on the class"
print(w.d)
w2 = Widget()
print(w2.method(), w2.method.__name__)
w2.method = lambda: "instance lambda"
print(w2.method())


class Meta:
    """Descriptors defined on a class attribute of a class (via callables)."""

    def __init__(self):
        self.log = []

    def __get__(self, obj, objtype):
        self.log.append((obj is None, objtype.__name__))
        return self


class A:
    m = Meta()


class B(A):
    pass


A.m
B.m
B().m
print(A.__dict__["m"].log)


class Callable:
    def __call__(self, *args):
        return f"called with {args}"


class UsesCallable:
    helper = Callable()


print(UsesCallable().helper(1, 2))


def free_function(*args):
    return f"free function got {len(args)} args"


class Attach:
    pass


Attach.f = free_function
obj = Attach()
print(obj.f(), obj.f(1), Attach.f(1))
obj.g = free_function
print(obj.g(1))
