# Appending to a deque while iterating over it (use a snapshot: list(queue)).
from _collections import deque

queue = deque(["a", "b"])
for item in queue:
    if item == "a":
        queue.append("retry a")
