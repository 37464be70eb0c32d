# A class decorator wrapping every method, keeping staticmethod and
# classmethod wrappers intact by unwrapping and rewrapping them.

def logged(func, owner):
    def wrapper(*args, **kwargs):
        print(f"  {owner}.{func.__name__} called with {len(args)} args")
        return func(*args, **kwargs)
    wrapper.__name__ = func.__name__
    return wrapper


def log_methods(cls):
    for name, value in list(cls.__dict__.items()):
        if name.startswith("__") and name != "__init__":
            continue
        if isinstance(value, staticmethod):
            setattr(cls, name, staticmethod(logged(value.__func__, cls.__name__)))
        elif isinstance(value, classmethod):
            setattr(cls, name, classmethod(logged(value.__func__, cls.__name__)))
        elif callable(value):
            setattr(cls, name, logged(value, cls.__name__))
    return cls


@log_methods
class Stack:
    limit = 3

    def __init__(self):
        self.items = []

    def push(self, item):
        if len(self.items) >= self.limit:
            raise OverflowError("stack full")
        self.items.append(item)
        return self

    def pop(self):
        return self.items.pop()

    @staticmethod
    def describe():
        return "a LIFO stack"

    @classmethod
    def of(cls, *items):
        s = cls()
        for item in items:
            s.push(item)
        return s


s = Stack.of(1, 2)
print(s.items, s.pop(), Stack.describe(), s.describe())
try:
    s.push(3).push(4).push(5)
except OverflowError as e:
    print("OverflowError:", e)
print(type(Stack.__dict__["of"]).__name__, type(Stack.__dict__["describe"]).__name__, Stack.limit)
