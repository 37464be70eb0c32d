# gen.throw(): the exception forms CPython accepts.
class HttpError(Exception):
    def __init__(self, status, reason="unknown"):
        super().__init__(status, reason)
        self.status = status

def catcher():
    while True:
        try:
            yield
        except Exception as e:
            print(f"caught {type(e).__name__} args={e.args}")

c = catcher()
next(c)
c.throw(HttpError, HttpError(404, "missing"))
c.throw(HttpError, 500)
c.throw(HttpError, (503, "busy"))
c.throw(HttpError(418, "teapot"))
c.throw(ValueError)
c.throw(ValueError, None)
c.throw(ValueError, None, None)
c.throw(KeyError, "a key")
c.throw(LookupError, KeyError("subclass instance kept"))

for args in [(ValueError("x"), "extra"), ("not an exception",), (ValueError, 1, "tb"), (int,)]:
    try:
        c.throw(*args)
    except TypeError as e:
        print("TypeError:", e)

try:
    c.throw()
except TypeError as e:
    print("TypeError:", e)

def finishing():
    try:
        yield 1
    except ZeroDivisionError as e:
        return f"handled {e}"

f = finishing()
next(f)
try:
    f.throw(ZeroDivisionError, "division")
except StopIteration as e:
    print("returned", e.value)

fresh = finishing()
try:
    fresh.throw(RuntimeError("before start"))
except RuntimeError as e:
    print("unstarted generator re-raises:", e)
print(list(fresh))
