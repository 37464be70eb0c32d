"""copy, operator and reprlib: shallow and deep copies, function versions of operators, short reprs."""
import copy
import operator
import reprlib

board = [[0] * 3 for _ in range(3)]
shallow = copy.copy(board)
deep = copy.deepcopy(board)
board[0][0] = 9
print("shallow shares rows:", shallow[0][0], "deep does not:", deep[0][0])

class Config:
    def __init__(self, name, tags):
        self.name = name
        self.tags = tags

    def __repr__(self):
        return f"Config({self.name!r}, {self.tags!r})"

c1 = Config("base", ["a"])
c2 = copy.deepcopy(c1)
c2.tags.append("b")
print(c1, c2, copy.copy(c1).tags is c1.tags)

class Tracked:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print("  __copy__ called")
        return Tracked(self.v)

    def __deepcopy__(self, memo):
        print("  __deepcopy__ called")
        return Tracked(copy.deepcopy(self.v, memo))

t = Tracked([1])
print(copy.copy(t).v, copy.deepcopy(t).v)
shared = [1, 2]
both = [shared, shared]
dup = copy.deepcopy(both)
print("memo keeps sharing:", dup[0] is dup[1], dup[0] is not shared)

rows = [("ann", 31, "eng"), ("bob", 25, "ops"), ("cy", 31, "art")]
print("itemgetter:", sorted(rows, key=operator.itemgetter(1, 0)))
print("attrgetter:", operator.attrgetter("name")(c1), operator.attrgetter("name", "tags")(c1))
print("methodcaller:", list(map(operator.methodcaller("upper"), ["a", "b"])))
print("ops:", operator.add(2, 3), operator.mul("ab", 2), operator.neg(5), operator.truth([]), operator.contains([1], 1))
print("index ops:", operator.getitem([1, 2, 3], 1), operator.concat([1], [2]), operator.countOf([1, 2, 1], 1))
d = {"a": 1}
operator.setitem(d, "b", 2)
operator.delitem(d, "a")
print("setitem/delitem:", d, operator.is_(None, None), operator.lt(1, 2))
print(repr(operator.itemgetter(1)), repr(operator.attrgetter("x")), repr(operator.methodcaller("f", 1, k=2)))

print("reprlib:", reprlib.repr(list(range(100))), reprlib.repr("x" * 100))
print(reprlib.repr({i: i for i in range(10)}), reprlib.repr(set(range(3))))

class Tree:
    def __init__(self):
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        return f"Tree({self.children})"

tree = Tree()
tree.children.append(tree)
print(tree)
short = reprlib.Repr()
short.maxlist = 2
print(short.repr([1, 2, 3, 4]))
