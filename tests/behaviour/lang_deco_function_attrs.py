# Function attributes decorators read and copy by hand.

def outer():
    def inner(a, b=2, *args, c, d=4, **kw):
        """Inner docstring."""
        return a
    return inner


f = outer()
print(f.__name__, f.__qualname__, f.__module__, f.__doc__)
print(f.__defaults__, f.__kwdefaults__)
print(f.__code__.co_name, f.__code__.co_argcount, f.__code__.co_kwonlyargcount)
print(f.__code__.co_varnames)


def no_doc():
    pass


print(no_doc.__doc__, no_doc.__defaults__, no_doc.__kwdefaults__, no_doc.__dict__)


def wraps_by_hand(original):
    def decorator(wrapper):
        for attr in ("__module__", "__name__", "__qualname__", "__doc__"):
            setattr(wrapper, attr, getattr(original, attr))
        wrapper.__dict__.update(original.__dict__)
        wrapper.__wrapped__ = original
        return wrapper
    return decorator


def traced(func):
    @wraps_by_hand(func)
    def wrapper(*args, **kwargs):
        print(f"call {func.__qualname__}{args[1:]}")
        return func(*args, **kwargs)
    return wrapper


class Calculator:
    @traced
    def add(self, x, y):
        "Add two numbers."
        return x + y


Calculator.add.version = 2
calc = Calculator()
print(calc.add(2, 3))
print(Calculator.add.__name__, Calculator.add.__qualname__, Calculator.add.__doc__)
print(Calculator.add.__wrapped__.__qualname__, Calculator.add.version, calc.add.version)
print(sorted(Calculator.add.__dict__))
print(calc.add.__name__, calc.add.__doc__, calc.add.__func__ is Calculator.add)

no_doc.__doc__ = "set later"
no_doc.tags = ["x"]
print(no_doc.__doc__, no_doc.tags, no_doc.__dict__)
try:
    no_doc.missing
except AttributeError as e:
    print("AttributeError:", e)
def first(a, b=2, /, c=3):
    return a, b, c


bound = first.__get__(10)
print(bound(), bound(20), first.__get__(None, int) is first, first.__code__.co_varnames)


class Doc:
    """Class docstring."""


class NoDoc:
    pass


print(Doc.__doc__, Doc().__doc__, NoDoc.__doc__, NoDoc().__doc__)
lam = lambda: None
print(lam.__name__, lam.__doc__)
