# PEP 479: StopIteration raised inside a generator becomes RuntimeError.
def first_line(lines):
    it = iter(lines)
    yield next(it)
    yield next(it)

print(list(first_line(["only one", "and two"])))
try:
    print(list(first_line(["lonely"])))
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", repr(e.__cause__), e.__suppress_context__)

def inner():
    yield 1
    raise StopIteration("inner value")

def outer():
    yield from inner()

try:
    list(outer())
except RuntimeError as e:
    print("through yield from:", e, "| cause:", repr(e.__cause__))

def safe_pairs(items):
    it = iter(items)
    for a in it:
        try:
            b = next(it)
        except StopIteration:
            return
        yield a, b

print(list(safe_pairs(range(7))))

gen = (next(iter([])) for _ in range(1))
try:
    list(gen)
except RuntimeError as e:
    print("genexp:", e)

def returns_value():
    yield "x"
    return "the value"

g = returns_value()
next(g)
try:
    next(g)
except StopIteration as e:
    print("return value travels in StopIteration:", e.value)
