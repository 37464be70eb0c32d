# Decorators around generator functions: priming a consumer and
# instrumenting what a generator yields.

def primed(gen_func):
    def start(*args, **kwargs):
        gen = gen_func(*args, **kwargs)
        next(gen)
        return gen
    start.__name__ = gen_func.__name__
    return start


@primed
def running_average():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


avg = running_average()
print(avg.send(10), avg.send(20), avg.send(60))
print(running_average.__name__)


def traced_items(gen_func):
    def wrapper(*args):
        for i, item in enumerate(gen_func(*args)):
            print(f"  item {i}: {item!r}")
            yield item
    return wrapper


@traced_items
def countdown(n):
    while n > 0:
        yield n
        n -= 1


print(list(countdown(3)))
print(sum(countdown(2)))
