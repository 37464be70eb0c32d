# Coroutine-style generators driven with send().
def primed(func):
    """Calls next() once so the generator is ready for send()."""
    def start(*args, **kwargs):
        gen = func(*args, **kwargs)
        next(gen)
        return gen
    start.__wrapped__ = func
    return start

def running_average():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return count, average

running_average = primed(running_average)

avg = running_average()
for reading in [10, 20, 30, 5]:
    print(f"after {reading}: {avg.send(reading):.2f}")
try:
    avg.send(None)
except StopIteration as stop:
    print("finished with", stop.value)

def grouper(results, key):
    while True:
        results[key] = yield from running_average.__wrapped__()

def report(data):
    results = {}
    for key, values in data.items():
        group = grouper(results, key)
        next(group)
        for v in values:
            group.send(v)
        group.send(None)
    for key, (count, average) in sorted(results.items()):
        print(f"{key:>8}: {count} readings, mean {average:.3f}")

report({"kitchen": [21.5, 22.0, 22.4], "garage": [12.0, 11.5], "attic": [25.0]})

def printer(prefix):
    try:
        while True:
            line = yield
            print(prefix, line)
    finally:
        print(prefix, "closed")

printer = primed(printer)
p = printer(">>")
p.send("hello")
p.send("world")
p.close()
print(p.gi_frame is None)
