# Subclasses that extend deque's and defaultdict's operators through super().
from _collections import deque, defaultdict


class Window(deque):
    def __getitem__(self, i):
        return ("item", super().__getitem__(i))

    def __len__(self):
        return super().__len__() * 10

    def __eq__(self, other):
        return super().__eq__(other)

    def __add__(self, other):
        return ("joined", super().__add__(other))

    def __lt__(self, other):
        return ("less?", super().__lt__(other))

    def __repr__(self):
        return "Window:" + super().__repr__()


w = Window([1, 2], maxlen=4)
print(w[0], len(w), list(w), repr(w), w == Window([1, 2]), w == [1, 2])
print(w + deque([3]), w < deque([2]), deque.__len__(w), deque.__contains__(w, 2))
print(deque([1]).__lt__([1]), deque([1]).__eq__(deque([1])), deque.__iadd__(deque([1]), [2]), 3 * deque("ab"))
reduced = deque([1, 2], 3).__reduce__()
print(reduced[0].__name__, reduced[1], reduced[2], list(reduced[3]))


class Counts(defaultdict):
    def __missing__(self, key):
        value = super().__missing__(key)
        print(f"  created {key!r}")
        return value

    def __eq__(self, other):
        return ("eq", super().__eq__(other))

    def __or__(self, other):
        return ("or", super().__or__(other))


c = Counts(int)
c["a"] += 1
c["a"] += 1
c["b"]
print(c, c == {"a": 2, "b": 0}, c | {"z": 9})
red = defaultdict(list, x=[1]).__reduce__()
print(red[0].__name__, red[1], red[2], red[3], list(red[4]))
