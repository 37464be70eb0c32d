# Decorator factories: decorators with arguments, configured per use.

def repeat(times):
    def decorator(func):
        def wrapper(*args, **kwargs):
            results = []
            for _ in range(times):
                results.append(func(*args, **kwargs))
            return results
        wrapper.__name__ = func.__name__
        wrapper.__doc__ = func.__doc__
        wrapper.__wrapped__ = func
        return wrapper
    return decorator


@repeat(times=3)
def roll(sides):
    "Pretend to roll a die."
    return sides


print(roll(6))
print(roll.__name__, roll.__doc__)
print(roll.__wrapped__(20))


def prefix(text, *, sep=": "):
    def decorator(func):
        def wrapper(message):
            return text + sep + func(message)
        return wrapper
    return decorator


@prefix("INFO")
def info(message):
    return message


@prefix("WARN", sep=" -- ")
def warn(message):
    return message.upper()


print(info("server started"))
print(warn("disk almost full"))


class Validator:
    def __init__(self, low, high):
        self.low = low
        self.high = high

    def __call__(self, func):
        low, high = self.low, self.high

        def checked(value):
            if not low <= value <= high:
                raise ValueError(f"{func.__name__}: {value} not in [{low}, {high}]")
            return func(value)
        return checked


@Validator(0, 100)
def set_volume(level):
    return f"volume={level}"


print(set_volume(30))
try:
    set_volume(130)
except ValueError as e:
    print("ValueError:", e)

handlers = {}
@handlers.setdefault("start", []).append
def on_start():
    return "starting"
print(handlers["start"][0](), on_start)

buttons = [lambda f: f, lambda f: (lambda: f() * 2)]
@buttons[1]
def two():
    return 21
print(two())

@(lambda f: f)
def ident():
    return "relaxed grammar"
print(ident())
