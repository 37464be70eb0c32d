# The list-like methods of deque: index, count, insert, remove, reverse, clear, copy.
from _collections import deque

letters = deque("abracadabra")
print(letters.count("a"), letters.count("z"), letters.index("c"), letters.index("a", 1), letters.index("a", 4, 8))
letters.remove("b")
print("".join(letters))
letters.insert(0, "<")
letters.insert(100, ">")
letters.insert(-1, "!")
print("".join(letters))
letters.reverse()
print("".join(letters))
copy = letters.copy()
print(copy == letters, copy is letters, type(copy).__name__)
letters.clear()
print(letters, copy.count("a"))
for bad in [lambda: deque([1, 2]).index(3), lambda: deque([1]).remove(9), lambda: deque([1, 2]).index(1, 1),
            lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1]).index(1, "x"),
            lambda: deque([1]).count(), lambda: deque([1]).insert(1)]:
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
