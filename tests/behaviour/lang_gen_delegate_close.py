# close() and garbage collection of generators delegating with `yield from`.
def resource(name):
    print(f"open {name}")
    try:
        while True:
            yield name
    finally:
        print(f"close {name}")

def session():
    try:
        yield from resource("db")
    finally:
        print("session finally")

s = session()
print(next(s))
s.close()
print("closed:", s.gi_frame is None)

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("stubborn: got GeneratorExit, returning instead")
        return "ignored"

def wrapper():
    try:
        r = yield from stubborn()
        print("wrapper resumed with", r)
        yield "should not happen"
    except GeneratorExit:
        print("wrapper: GeneratorExit reached me too")
        raise

w = wrapper()
next(w)
w.close()

def noisy():
    try:
        yield 1
    finally:
        raise ValueError("cleanup failed")

def outer():
    try:
        yield from noisy()
    except ValueError as e:
        print("outer saw", repr(e), "context:", repr(e.__context__))
        raise

o = outer()
next(o)
try:
    o.close()
except ValueError as e:
    print("close raised", e)

class Stream:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        return self.i
    def close(self):
        print("Stream.close called")

def reader():
    try:
        yield from Stream()
    finally:
        print("reader finally")

r = reader()
print(next(r), next(r))
r.close()

def counted():
    try:
        yield from resource("cache")
    finally:
        print("counted finally")

c = counted()
next(c)
del c
print("after del")
