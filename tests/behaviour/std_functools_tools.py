"""functools in everyday code: caching, partial application, wrapping and dispatch."""
import functools
import operator

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print("fib(80):", fib(80))
print("cache_info:", fib.cache_info())
fib.cache_clear()
print("cleared:", fib.cache_info())

@functools.lru_cache(maxsize=2)
def square(x):
    print("  computing", x)
    return x * x

for x in (1, 2, 1, 3, 1, 2):
    square(x)
print("lru:", square.cache_info())

@functools.cache
def factorial(n):
    return n * factorial(n - 1) if n else 1

print("factorial:", factorial(10), factorial(5))

print("reduce:", functools.reduce(operator.mul, range(1, 6)), functools.reduce(lambda a, b: a + b, [], 0))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)

parse_binary = functools.partial(int, base=2)
print("partial:", parse_binary("1011"), parse_binary.func is int, parse_binary.keywords)
greet = functools.partial(print, "hello", sep=", ")
greet("world")

def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print(f"calling {func.__name__}{args}")
        return func(*args, **kwargs)
    return wrapper

@logged
def add(a, b):
    "Add two numbers."
    return a + b

print("wraps:", add(2, 3), add.__name__, add.__doc__, add.__wrapped__.__name__)

@functools.total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "Version(" + ".".join(map(str, self.parts)) + ")"

vs = [Version("1.10"), Version("1.2"), Version("1.9.1")]
print("sorted:", sorted(vs), Version("2.0") >= Version("1.99"), Version("1.0") > Version("1.0"))

class Circle:
    def __init__(self, r):
        self.r = r

    @functools.cached_property
    def area(self):
        print("  computing area")
        return 3 * self.r * self.r

c = Circle(2)
print("cached_property:", c.area, c.area, "area" in vars(c))
print("cmp_to_key:", sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
