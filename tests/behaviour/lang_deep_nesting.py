# Deeply nested data: repr, == and hash stop with CPython's RecursionError
# instead of overflowing the C++ stack, and freeing long chains works.
a = []
b = []
for i in range(20000):
    a = [a]
    b = [b]
try:
    repr(a)
except RecursionError as e:
    print("repr:", e)
try:
    str(b)
except RecursionError as e:
    print("str:", e)
try:
    print(a == b)
except RecursionError as e:
    print("==:", e)
t = ()
for i in range(5000):
    t = (t,)
print("hash:", hash(t) == hash(t))
shallow = [[[1, 2], (3,)], {"k": [4]}]
print(repr(shallow), shallow == [[[1, 2], (3,)], {"k": [4]}])
del a, b, t


class Node:
    def __init__(self, nxt):
        self.nxt = nxt


head = None
for i in range(100000):
    head = Node(head)
head = None
print("freed")
