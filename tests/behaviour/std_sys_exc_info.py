"""sys.exc_info() and sys.exception(): what a generic error reporter sees."""
import sys

def report():
    exc_type, exc, tb = sys.exc_info()
    if exc_type is None:
        return "no error being handled"
    return f"handling {exc_type.__name__}: {exc}"

print(report())
try:
    {}["missing"]
except KeyError:
    print(report())
    print("sys.exception():", repr(sys.exception()))
print(report(), sys.exception())

def nested():
    try:
        raise ValueError("inner")
    except ValueError:
        try:
            raise TypeError("deeper")
        except TypeError:
            print("in inner handler:", report())
        print("back in outer handler:", report())
    print("after both:", report())

nested()

class Resource:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit sees:", exc_type.__name__ if exc_type else None, report())
        return True

with Resource():
    raise RuntimeError("inside with")
print("with swallowed it:", report())

def cleanup():
    try:
        1 / 0
    finally:
        print("in finally:", report())

try:
    cleanup()
except ZeroDivisionError as e:
    print("caught:", e, "|", report())

def gen():
    try:
        yield 1
        raise LookupError("from generator")
    except LookupError:
        yield report()

print(list(gen()))
t, v, _ = (None, None, None)
try:
    int("x")
except ValueError:
    t, v, _ = sys.exc_info()
print(t, v.args)
