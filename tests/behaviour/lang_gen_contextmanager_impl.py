# A generator-based context manager written by hand (what
# contextlib.contextmanager does: next() to enter, throw() on errors).
class GeneratorCM:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None
    def __exit__(self, typ, value, tb):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(typ, value, tb)
        except StopIteration as exc:
            return exc is not value
        except BaseException as exc:
            if exc is not value:
                raise
            return False
        raise RuntimeError("generator didn't stop after throw()")

def contextmanager(func):
    def helper(*args, **kwargs):
        return GeneratorCM(func(*args, **kwargs))
    return helper

def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
tag = contextmanager(tag)

def suppressing(*kinds):
    try:
        yield
    except kinds as e:
        print("suppressed", type(e).__name__, e)
suppressing = contextmanager(suppressing)

with tag("html") as t:
    with tag("body"):
        print("content inside", t)

with suppressing(KeyError, ZeroDivisionError):
    {}["missing"]
print("still running")
with suppressing(ZeroDivisionError):
    1 / 0
try:
    with suppressing(KeyError):
        int("nope")
except ValueError as e:
    print("not suppressed:", e)

def broken():
    return
    yield
try:
    with contextmanager(broken)():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
