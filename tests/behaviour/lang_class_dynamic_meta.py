# Classes made by calling a metaclass directly, and type() picking the bases' metaclass.
class Tagged(type):
    def __new__(mcs, name, bases, ns, tag="none"):
        ns["tag"] = tag
        return super().__new__(mcs, name, bases, ns)

    def __init__(cls, name, bases, ns, tag="none"):
        super().__init__(name, bases, ns)


Base = Tagged("Base", (), {"hello": lambda self: f"hello from {type(self).__name__}"}, tag="base")
print(Base.tag, Base().hello(), type(Base).__name__)

Child = type("Child", (Base,), {})
print(type(Child).__name__, Child.tag, Child().hello())


class Grand(Child, tag="grand"):
    pass


print(Grand.tag, type(Grand).__name__, [k.__name__ for k in Grand.__mro__])


class Generic:
    def __class_getitem__(cls, params):
        return f"{cls.__qualname__}[{params!r}]"


class Special(Generic):
    pass


print(Generic["T"], Special[1, 2])
