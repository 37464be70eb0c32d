# Merging sorted streams and keeping the top k with a bounded heap.
from _heapq import heappush, heappop, heappushpop, heapify, _heappop_max, _heapify_max, _heapreplace_max


def top_k(items, k):
    heap = []
    for x in items:
        if len(heap) < k:
            heappush(heap, x)
        else:
            heappushpop(heap, x)
    return sorted(heap, reverse=True)


scores = [52, 91, 77, 13, 88, 91, 40, 99, 65]
print(top_k(scores, 3))


def merge(*streams):
    heap = [(s[0], i, 0) for i, s in enumerate(streams) if s]
    heapify(heap)
    out = []
    while heap:
        value, i, j = heappop(heap)
        out.append(value)
        if j + 1 < len(streams[i]):
            heappush(heap, (streams[i][j + 1], i, j + 1))
    return out


print(merge([1, 4, 9], [2, 3, 10], [], [0, 5]))
mx = [3, 1, 4, 1, 5, 9, 2, 6]
_heapify_max(mx)
print(mx, _heappop_max(mx), _heapreplace_max(mx, 0), mx)


class Event:
    def __init__(self, when, what):
        self.when, self.what = when, what

    def __lt__(self, other):
        return self.when < other.when

    def __repr__(self):
        return f"{self.what}@{self.when}"


timeline = []
for when, what in [(5, "e"), (1, "a"), (3, "c"), (2, "b")]:
    heappush(timeline, Event(when, what))
print(timeline, [heappop(timeline) for _ in range(4)])
