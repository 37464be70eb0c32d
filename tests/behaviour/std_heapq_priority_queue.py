# A priority queue of tasks with _heapq: (priority, sequence, name) tuples keep ties stable.
from _heapq import heappush, heappop, heapify, heappushpop, heapreplace

tasks = []
counter = 0
for priority, name in [(3, "write report"), (1, "fix outage"), (2, "review PR"), (1, "call back"), (5, "lunch")]:
    heappush(tasks, (priority, counter, name))
    counter += 1
print(tasks)
while tasks:
    priority, _, name = heappop(tasks)
    print(f"p{priority}: {name}")

nums = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapify(nums)
print(nums)
print(heappushpop(nums, -1), heappushpop(nums, 10), nums)
print(heapreplace(nums, 4), nums)
print([heappop(nums) for _ in range(len(nums))])
words = ["pear", "fig", "apple", "kiwi", "banana"]
heapify(words)
print(words, heappop(words))
for bad in [lambda: heappop([]), lambda: heappush((), 1), lambda: heapify("abc"), lambda: heapreplace([], 1),
            lambda: heappush([1, "a"], 2) or "no compare needed?", lambda: heappush(["a"], 1), lambda: heappush([])]:
    try:
        print(bad())
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
