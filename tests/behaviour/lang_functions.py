# def: defaults, keyword arguments, *args, **kwargs, keyword-only, lambda
def greet(name, greeting="hello", *, punct="!"):
    return f"{greeting}, {name}{punct}"

print(greet("ann"))
print(greet("bob", "hi"))
print(greet(greeting="hey", name="cy", punct="?"))

def collect(first, *rest, **options):
    print(first, rest, options)

collect(1)
collect(1, 2, 3, a=4, b=5)
args = [10, 20]
kw = {"z": 1}
collect(*args, *args, **kw)

def defaults(a, b=[]):
    b.append(a)
    return b

print(defaults(1), defaults(2))
square = lambda v: v * v
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2), [square(i) for i in range(4)])
print(sorted(["bb", "a", "ccc"], key=lambda s: len(s)))

def no_return():
    pass

print(no_return())
def early(n):
    if n > 0:
        return "positive"
    return
print(early(1), early(-1))
try:
    greet()
except TypeError as e:
    print("TypeError:", e)
