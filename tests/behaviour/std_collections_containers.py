"""collections: namedtuple, OrderedDict, Counter and ChainMap in small programs."""
from collections import ChainMap, Counter, OrderedDict, namedtuple
import collections.abc

Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x, p[1], p._asdict(), p._replace(y=10), Point._fields)
print("distance:", (p.x ** 2 + p.y ** 2) ** 0.5, Point._make([1, 2]), isinstance(p, tuple))
Employee = namedtuple("Employee", "name dept salary", defaults=[1000])
e = Employee("Ann", "eng")
print(e, Employee._field_defaults, e._fields)
try:
    Point(1)
except TypeError as err:
    print("TypeError:", err)
x, y = p
print("unpacked:", x, y, p == (3, 4), hash(p) == hash((3, 4)))

text = "the quick brown fox jumps over the lazy dog the end"
words = Counter(text.split())
print("most common:", words.most_common(2))
print("missing is zero:", words["cat"], len(words))
letters = Counter("mississippi")
print("letters:", sorted(letters.items()), letters.total())
letters.update("ppp")
letters.subtract({"s": 2})
print("after update/subtract:", letters.most_common(3))
print("arith:", Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2))
print("elements:", sorted(Counter(a=2, b=1).elements()))

od = OrderedDict()
od["first"] = 1
od["second"] = 2
od["third"] = 3
od.move_to_end("first")
print("ordered:", list(od.items()))
od.move_to_end("third", last=False)
print("moved:", list(od), od.popitem(), od.popitem(last=False))
print("repr:", OrderedDict(a=1), OrderedDict() == {}, OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1))

defaults = {"color": "red", "user": "guest"}
cli = {"user": "admin"}
config = ChainMap(cli, defaults)
print("chainmap:", config["user"], config["color"], len(config), sorted(config))
child = config.new_child({"color": "blue"})
print("child:", child["color"], child.parents["color"], child.maps[0])
print("abc checks:", isinstance(config, collections.abc.Mapping), isinstance([], collections.abc.Sequence),
      issubclass(dict, collections.abc.MutableMapping), isinstance(p, collections.abc.Sequence))
