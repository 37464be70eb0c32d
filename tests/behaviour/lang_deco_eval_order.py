# Evaluation order around decorated definitions: decorator expressions,
# then defaults (or bases), then the body is bound, then decorators run
# bottom-up; the name is bound only at the end.

def note(msg, value=None):
    print(msg)
    return value


def deco(label):
    note(f"evaluate decorator {label}")

    def apply(obj):
        note(f"apply {label} to {obj.__name__}")
        try:
            subject
            note("  subject already bound")
        except NameError:
            note("  subject not bound yet")
        return obj
    return apply


@deco("first")
@deco("second")
def subject(x=note("evaluate default", 1), *, y=note("evaluate kw default", 2)):
    return x + y


print(subject())
del subject


class Base:
    pass


@deco("class")
class subject(note("evaluate base", Base)):
    note("class body runs")


print(subject.__name__, subject.__mro__[1].__name__)


def make_counter():
    count = 0

    def counted(func):
        nonlocal count
        count += 1
        func.order = count
        return func
    return counted


counted = make_counter()


@counted
def a():
    pass


@counted
def b():
    pass


print(a.order, b.order)


class Container:
    tag = deco

    @tag("inside class")
    def method(self):
        return "method"

    @staticmethod
    @deco("under staticmethod")
    def helper():
        return "helper"


print(Container().method(), Container.helper())
