# `yield from` an object implementing the generator protocol by hand.
class Echo:
    """Iterator with send/throw/close, like a generator written as a class."""
    def __init__(self):
        self.last = None
        self.closed = False
    def __iter__(self):
        return self
    def __next__(self):
        return self.send(None)
    def send(self, value):
        if value == "stop":
            raise StopIteration("echo stopped")
        self.last = value
        return f"echo({value})"
    def throw(self, exc):
        print("Echo.throw got", repr(exc))
        if isinstance(exc, KeyError):
            return "recovered"
        raise exc
    def close(self):
        self.closed = True
        print("Echo.close")

def host(e):
    result = yield from e
    print("host got result:", result)
    yield "host continues"

e = Echo()
h = host(e)
print(next(h))
print(h.send("hello"))
print(h.throw(KeyError("missing")))
try:
    h.throw(ValueError("fatal"))
except ValueError as err:
    print("propagated:", err)

h2 = host(Echo())
next(h2)
print(h2.send("stop"))
e3 = Echo()
h3 = host(e3)
next(h3)
h3.close()
print("closed:", e3.closed)
