"""Raising the recursion limit for a deep recursive algorithm, and what happens past it."""
import sys

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

print("default limit:", sys.getrecursionlimit())
try:
    depth(5000)
except RecursionError as e:
    print("RecursionError:", e)

old = sys.getrecursionlimit()
sys.setrecursionlimit(10000)
print("new limit:", sys.getrecursionlimit())
print("depth:", depth(5000))
sys.setrecursionlimit(old)
print("restored:", sys.getrecursionlimit())

for bad in (0, -5):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    sys.setrecursionlimit(2.5)
except TypeError as e:
    print("TypeError:", e)

def too_low():
    return sys.setrecursionlimit(2)

try:
    too_low()
except RecursionError as e:
    print("RecursionError:", str(e).startswith("cannot set the recursion limit to 2 at the recursion depth"),
          str(e).endswith("the limit is too low"))
