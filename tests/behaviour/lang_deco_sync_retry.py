# A synchronous retry decorator with backoff, using time.sleep and
# time.monotonic, and a decorator that converts exceptions.
import time


def retry(exceptions, attempts=3, backoff=0.5):
    def decorator(func):
        def wrapper(*args, **kwargs):
            delay = backoff
            for attempt in range(1, attempts + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions as e:
                    if attempt == attempts:
                        raise
                    print(f"{func.__name__}: {type(e).__name__} ({e}); retrying in {delay}s")
                    time.sleep(delay)
                    delay *= 2
        return wrapper
    return decorator


def converts(source, target):
    def decorator(func):
        def wrapper(*args):
            try:
                return func(*args)
            except source as e:
                raise target(f"{func.__name__} failed: {e}") from e
        return wrapper
    return decorator


attempts = {"count": 0}


@retry((ConnectionError, TimeoutError), attempts=4)
def connect(host):
    attempts["count"] += 1
    if attempts["count"] < 3:
        raise ConnectionError(f"{host} refused")
    return f"connected to {host} after {attempts['count']} attempts"


@retry(KeyError, attempts=2, backoff=1)
def lookup(key):
    return {"a": 1}[key]


@converts(ZeroDivisionError, ValueError)
def ratio(a, b):
    return a / b


start = time.monotonic()
print(connect("db"))
print("waited", time.monotonic() - start)
try:
    lookup("z")
except KeyError as e:
    print("KeyError:", e)
print("waited", time.monotonic() - start)
try:
    ratio(1, 0)
except ValueError as e:
    print("ValueError:", e, "| cause:", repr(e.__cause__))
print(ratio(3, 4))
