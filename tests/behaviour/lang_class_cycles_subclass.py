# Builtin-subclass instances in reference cycles through their attributes and items.
class Node(list):
    def __init__(self, name):
        super().__init__()
        self.name = name
        self.parent = None

    def add(self, child):
        child.parent = self
        self.append(child)
        return child


class Registry(dict):
    pass


for round_no in range(3):
    root = Node("root")
    a = root.add(Node("a"))
    a.add(Node("leaf"))
    reg = Registry()
    reg["self"] = reg
    reg.owner = root
    root.registry = reg
    print(round_no, root.name, [c.name for c in root], a[0].parent.parent.name, reg["self"] is reg)
    del root, a, reg
print("done")


class Chain(tuple):
    pass


links = [Chain((i,)) for i in range(5)]
for i, link in enumerate(links):
    link.next = links[(i + 1) % 5]
print(links[0].next.next[0], len(links))
