# rotate(): the Josephus problem and a rotating schedule.
from _collections import deque


def josephus(n, k):
    people = deque(range(1, n + 1))
    order = []
    while people:
        people.rotate(-(k - 1))
        order.append(people.popleft())
    return order


print(josephus(7, 3))
print(josephus(10, 2)[-1])

shifts = deque(["Ann", "Bob", "Cid", "Dee"])
for day in ["Mon", "Tue", "Wed", "Thu", "Fri"]:
    print(day, shifts[0], "on call; next:", shifts[1])
    shifts.rotate(-1)
d = deque(range(6))
d.rotate(2)
print(d)
d.rotate(-8)
print(d)
d.rotate(0)
d.rotate()
print(d)
e = deque()
e.rotate(5)
print(e)
try:
    d.rotate("1")
except TypeError as ex:
    print("TypeError:", ex)
