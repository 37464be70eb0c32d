# Function decorators: plain wrappers, stacking order, decorators that
# return something other than a function.

def shout(func):
    def wrapper(*args, **kwargs):
        result = func(*args, **kwargs)
        return result.upper() + "!"
    return wrapper


def exclaim(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs) + "?"
    return wrapper


@shout
def greet(name):
    return f"hello {name}"


@exclaim
@shout
def ask(name):
    return f"are you there {name}"


@shout
@exclaim
def ask2(name):
    return f"are you there {name}"


print(greet("ada"))
print(ask("bob"))
print(ask2("bob"))

order = []


def tag(label):
    order.append(f"evaluate {label}")

    def deco(f):
        order.append(f"apply {label}")
        return f

    return deco


@tag("outer")
@tag("middle")
@tag("inner")
def target():
    return "target ran"


print(order)
print(target())


def to_constant(func):
    return 42


@to_constant
def not_a_function():
    pass


print(not_a_function, type(not_a_function).__name__)


def register_names(func):
    register_names.seen.append(func.__name__)
    return func


register_names.seen = []


@register_names
def alpha():
    pass


@register_names
def beta():
    pass


print(register_names.seen)
print(alpha.__name__, alpha.__qualname__)
print(greet.__name__, greet.__qualname__)
