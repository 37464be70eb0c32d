# Decorators that read and rewrite a function's defaults: __defaults__
# and __kwdefaults__ change what later calls receive.

def with_defaults(*positional, **keyword):
    def decorator(func):
        if positional:
            func.__defaults__ = positional
        if keyword:
            merged = dict(func.__kwdefaults__ or {})
            merged.update(keyword)
            func.__kwdefaults__ = merged
        return func
    return decorator


@with_defaults("localhost", 8080, timeout=30)
def connect(host, port, *, timeout=5, retries=1):
    return f"{host}:{port} timeout={timeout} retries={retries}"


print(connect())
print(connect("example.org", timeout=1))
print(connect.__defaults__, connect.__kwdefaults__)


def describe(func):
    code = func.__code__
    names = code.co_varnames[:code.co_argcount + code.co_kwonlyargcount]
    print(f"{func.__name__}{names} posonly={code.co_posonlyargcount} defaults={func.__defaults__}")
    return func


@describe
def area(width, height=1, /, *, unit="m"):
    return f"{width * height} {unit}2"


print(area(3), area(3, 4, unit="cm"))
area.__defaults__ = None
try:
    area(3)
except TypeError as e:
    print("TypeError:", e)
try:
    area.__defaults__ = [1]
except TypeError as e:
    print("TypeError:", e)
del connect.__kwdefaults__
try:
    connect("h", 1)
except TypeError as e:
    print("TypeError:", e)
