# Generator objects' introspection attributes.
def countdown(n):
    while n:
        yield n
        n -= 1

class Shelf:
    def items(self):
        yield from ["book", "lamp"]

g = countdown(2)
print(g.__name__, g.__qualname__, type(g).__name__)
print(Shelf().items().__qualname__)
print(g.gi_running, g.gi_yieldfrom, g.gi_code.co_name)
print(g.gi_frame is not None)
print(next(g), g.gi_frame.f_lineno)
print(list(g), g.gi_frame)

s = Shelf().items()
next(s)
print(type(s.gi_yieldfrom).__name__)

def watcher():
    yield this.gi_running
    yield this.gi_frame.f_lineno

this = watcher()
print(list(this))
print(repr(countdown(1)).startswith("<generator object countdown at 0x"))
print(iter(g) is g)
gx = (c for c in "xy")
print(gx.__name__, gx.__qualname__)
