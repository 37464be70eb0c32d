# A memoizing decorator written with a closure and a dict, counting calls.

def memoize(func):
    cache = {}
    calls = {"hits": 0, "misses": 0}

    def wrapper(*args, **kwargs):
        key = (args, tuple(sorted(kwargs.items())))
        if key in cache:
            calls["hits"] += 1
            return cache[key]
        calls["misses"] += 1
        value = func(*args, **kwargs)
        cache[key] = value
        return value

    wrapper.cache = cache
    wrapper.stats = calls
    wrapper.__name__ = func.__name__
    wrapper.__qualname__ = func.__qualname__
    wrapper.__wrapped__ = func
    return wrapper


@memoize
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(30))
print(fib.stats)
print(len(fib.cache))
print(fib.__name__, fib.__qualname__, fib.__wrapped__.__name__)


@memoize
def power(base, exp=2):
    return base ** exp


print(power(3), power(3), power(3, exp=3), power(base=3, exp=3))
print(power.stats)
print(sorted(power.__dict__))


def count_calls(func):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


class Shop:
    @count_calls
    def price(self, item):
        return {"apple": 3, "pear": 4}.get(item, 0)


shop = Shop()
print(shop.price("apple"), shop.price("pear"), shop.price("plum"))
print(Shop.price.calls)
