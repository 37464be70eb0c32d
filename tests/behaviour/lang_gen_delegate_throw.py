# throw() passes through `yield from` to the innermost generator.
class Retry(Exception):
    pass

class Abort(Exception):
    pass

def worker(name):
    attempt = 0
    while True:
        try:
            attempt += 1
            yield f"{name}: attempt {attempt}"
        except Retry as e:
            print(f"  {name} retrying because {e}")
        else:
            return f"{name} succeeded after {attempt}"

def supervisor():
    for name in ["fetch", "parse"]:
        try:
            outcome = yield from worker(name)
            print("  supervisor:", outcome)
        except Abort as e:
            print("  supervisor: aborted", name, "-", e)
    yield "all done"

s = supervisor()
print(next(s))
print(s.throw(Retry("timeout")))
print(s.throw(Retry("reset")))
print(next(s))
print(s.throw(Abort("disk full")))

def plain():
    yield 1
    yield 2

def outer():
    try:
        yield from plain()
    except ValueError as e:
        yield f"outer caught {e!r}"

o = outer()
next(o)
print(o.throw(ValueError("bad")))
print(o.gi_yieldfrom)

def over_list():
    try:
        yield from [1, 2, 3]
    except KeyError as e:
        yield f"list delegate: outer caught {e!r}"

g = over_list()
print(next(g))
print(g.throw(KeyError("k")))

def unhandled():
    yield from plain()

u = unhandled()
next(u)
try:
    u.throw(TypeError, "wrong")
except TypeError as e:
    print("escaped:", repr(e))
print(list(u))
