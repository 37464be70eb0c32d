# Popping more jobs than the priority queue holds.
from _heapq import heappush, heappop

jobs = []
heappush(jobs, (2, "b"))
heappush(jobs, (1, "a"))
for _ in range(3):
    print(heappop(jobs))
