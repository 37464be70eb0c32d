# Bounded deques: a moving average over the last N readings and a "tail" of a log.
from _collections import deque


def moving_average(values, n):
    window = deque(maxlen=n)
    for v in values:
        window.append(v)
        yield round(sum(window) / len(window), 2)


print(list(moving_average([10, 20, 30, 40, 50, 60], 3)))

log_lines = [f"line {i}" for i in range(1, 11)]
tail = deque(log_lines, maxlen=3)
print(tail, tail.maxlen)
tail.appendleft("line 0")
print(tail)
tail.extend(["x", "y"])
print(tail)
print(deque(range(5), 0), deque(range(5), maxlen=None).maxlen)
history = deque(maxlen=2)
for cmd in ["ls", "cd /tmp", "pwd", "echo hi"]:
    history.append(cmd)
    print(f"after {cmd!r}: {list(history)}")
try:
    full = deque([1, 2], maxlen=2)
    full.insert(0, 0)
except IndexError as e:
    print("IndexError:", e)
try:
    deque(maxlen=-1)
except ValueError as e:
    print("ValueError:", e)
try:
    deque(maxlen="3")
except TypeError as e:
    print("TypeError:", e)
try:
    d = deque()
    d.maxlen = 4
except AttributeError as e:
    print("AttributeError:", type(e).__name__)
