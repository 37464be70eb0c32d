"""Benchmark (generators): pipelines of generator functions, generator
expressions and `yield from` delegation over a binary tree walk."""


class Node:
    def __init__(self, left, value, right):
        self.left = left
        self.value = value
        self.right = right


def build(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Node(build(lo, mid), mid, build(mid + 1, hi))


def walk(node):
    if node is not None:
        yield from walk(node.left)
        yield node.value
        yield from walk(node.right)


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x


def squares(src):
    for x in src:
        yield x * x


def running_total(src):
    total = 0
    for x in src:
        total += x
        yield total


tree = build(0, 20000)
for _ in range(3):
    print("tree sum", sum(walk(tree)))
last = 0
for t in running_total(squares(evens(numbers(400000)))):
    last = t
print("pipeline", last)
print("genexpr", sum(x * 3 for x in range(300000) if x & 1), max((x % 1009 for x in range(200000)), default=0))
