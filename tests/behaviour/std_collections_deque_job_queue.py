# A round-robin job queue on a deque: jobs that need more time go to the back.
from _collections import deque


class Job:
    def __init__(self, name, work):
        self.name = name
        self.work = work

    def __repr__(self):
        return f"Job({self.name!r}, {self.work})"


queue = deque([Job("build", 3), Job("test", 1), Job("deploy", 2)])
print("start:", queue)
tick = 0
quantum = 1
while queue:
    job = queue.popleft()
    tick += 1
    job.work -= quantum
    if job.work > 0:
        print(f"t={tick}: {job.name} ran, {job.work} left -> back of the queue")
        queue.append(job)
    else:
        print(f"t={tick}: {job.name} finished")
print("queue empty:", queue, len(queue), bool(queue))

urgent = deque(["b", "c"])
urgent.appendleft("a")
urgent.extendleft(["y", "z"])
print(urgent, urgent[0], urgent[-1])
urgent.extend("de")
print(urgent.pop(), urgent.popleft(), list(urgent))
