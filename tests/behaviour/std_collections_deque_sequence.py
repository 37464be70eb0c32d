# deque as a sequence: indexing, assignment, del, in, +, *, comparisons, iteration.
from _collections import deque

d = deque([10, 20, 30, 40])
print(d[0], d[-1], d[2], 30 in d, 99 in d, len(d))
d[1] = 21
del d[0]
print(d, list(reversed(d)), sorted(d, reverse=True))
print(d + deque([1]), d * 2, 2 * deque("ab"), deque([1]) * 0, deque([1, 2]) * -1)
e = deque([1, 2])
alias = e
e += [3, 4]
e *= 2
print(e, alias is e)
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([2, 1]), deque([1, 2]) < deque([1, 3]))
print(deque([1, 2]) <= deque([1, 2, 0]), deque([2]) > deque([1, 9]), deque("abc") >= deque("abc"))
print(deque([1]) == [1], deque() == deque(maxlen=3), bool(deque()), bool(deque([None])))
print(list(enumerate(deque("xyz"))), max(deque([3, 9, 2])), sum(deque(range(5))))
for bad in [lambda: d[10], lambda: d["0"], lambda: d[1:2], lambda: d + [1], lambda: d * 1.5,
            lambda: d.__setitem__(9, 0), lambda: d.__delitem__(-9), lambda: {d: 1}]:
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
