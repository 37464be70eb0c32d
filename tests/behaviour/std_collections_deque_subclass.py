# Subclassing deque from Python: extra attributes, overridden methods, copy keeps the class.
from _collections import deque


class History(deque):
    def __init__(self, items=(), limit=3):
        super().__init__(items, maxlen=limit)
        self.pushes = 0

    def append(self, item):
        self.pushes += 1
        super().append(item)

    def latest(self):
        return self[-1] if self else None


h = History([1, 2])
for x in [3, 4, 5]:
    h.append(x)
print(h, h.pushes, h.latest(), h.maxlen, isinstance(h, deque))
c = h.copy()
print(type(c).__name__, c, c.pushes)
print(h + History([9]), type(h + History([9])).__name__)
print(repr(History()), History().latest())
h.tag = "recent"
print(h.tag, sorted(vars(h)))


class Stack(deque):
    push = deque.append

    def peek(self):
        return self[-1]


s = Stack()
s.push(1)
s.push(2)
print(s, s.peek(), s.pop(), s)
