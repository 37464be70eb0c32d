# Walking a tree recursively with `yield from`.
class Node:
    def __init__(self, value, *children):
        self.value = value
        self.children = list(children)

    def __repr__(self):
        return f"Node({self.value!r})"

    def preorder(self):
        yield self.value
        for child in self.children:
            yield from child.preorder()

    def postorder(self):
        for child in self.children:
            yield from child.postorder()
        yield self.value

    def paths(self, prefix=()):
        here = prefix + (self.value,)
        if not self.children:
            yield "/".join(here)
        for child in self.children:
            yield from child.paths(here)

    def count(self):
        n = 1
        for child in self.children:
            n += yield from child.count_and_report()
        return n

    def count_and_report(self):
        n = yield from self.count()
        yield f"{self.value}: {n} node(s)"
        return n


tree = Node("usr",
            Node("bin", Node("python3"), Node("ls")),
            Node("lib", Node("python3.11", Node("asyncio"), Node("json"))),
            Node("share"))

print(list(tree.preorder()))
print(list(tree.postorder()))
for p in tree.paths():
    print(p)

def total(root):
    n = yield from root.count()
    print("total nodes:", n)

for line in total(tree):
    print(" ", line)

def depth_first(node, depth=0):
    yield depth, node
    for c in node.children:
        yield from depth_first(c, depth + 1)

print(max(depth_first(tree), key=lambda pair: pair[0]))
print(sum(1 for _ in depth_first(tree)))
