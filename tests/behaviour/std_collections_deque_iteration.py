# Iterating a deque while it changes raises RuntimeError; reversed() and iter() are lazy.
from _collections import deque

tasks = deque(["a", "b", "c"])
try:
    for t in tasks:
        if t == "b":
            tasks.append("d")
except RuntimeError as e:
    print("RuntimeError:", e)
print(tasks)

it = iter(tasks)
print(next(it), next(it))
tasks[2] = "C"
print(next(it))
rev = reversed(tasks)
print(type(rev).__name__, next(rev))
tasks.popleft()
try:
    next(rev)
except RuntimeError as e:
    print("RuntimeError:", e)
print(type(iter(deque())).__name__, list(iter(deque())))
# Safe pattern: iterate over a snapshot.
for t in list(tasks):
    tasks.append(t.upper())
print(tasks)
# reverse() keeps iterators valid
r = deque([1, 2, 3])
it = iter(r)
next(it)
r.reverse()
print(list(it))
