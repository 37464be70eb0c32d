# repr of deques: nested, recursive, with maxlen, and the class in the repr.
from _collections import deque

print(repr(deque()), repr(deque([1, "a", None, 2.5])), repr(deque([deque([1])])))
d = deque([1, 2], maxlen=5)
print(repr(d), str(d), f"{d}")
r = deque()
r.append(r)
print(r)
pair = deque([1])
pair.append([pair])
print(pair)
print(deque[int], deque[str] == deque[str])
print(deque.__name__, deque.__module__, deque, type(deque([])))
