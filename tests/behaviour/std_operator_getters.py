# Sorting records with itemgetter/attrgetter, calling methods with methodcaller.
from _operator import itemgetter, attrgetter, methodcaller

rows = [("carol", 35, "NYC"), ("alice", 30, "LA"), ("bob", 30, "SF"), ("dave", 25, "LA")]
print(sorted(rows, key=itemgetter(1)))
print(sorted(rows, key=itemgetter(1, 0)))
print(list(map(itemgetter(0), rows)), itemgetter(slice(0, 2))("abcdef"), itemgetter("k")({"k": 9}))


class Employee:
    def __init__(self, name, dept, salary):
        self.name, self.salary = name, salary
        self.dept = dept

    def __repr__(self):
        return f"Employee({self.name!r})"


class Dept:
    def __init__(self, name, floor):
        self.name, self.floor = name, floor


eng, ops = Dept("eng", 3), Dept("ops", 1)
staff = [Employee("ann", eng, 120), Employee("bo", ops, 90), Employee("cy", eng, 100)]
print(sorted(staff, key=attrgetter("salary")), sorted(staff, key=attrgetter("dept.floor", "name")))
print(attrgetter("dept.name")(staff[1]), attrgetter("name", "salary")(staff[0]))
upper = methodcaller("upper")
split2 = methodcaller("split", ",", 1)
pad = methodcaller("rjust", 6, "*")
print(upper("hi"), split2("a,b,c"), pad("7"), methodcaller("get", "x", default := 0)({}) if False else methodcaller("count", "a")("banana"))
print(repr(itemgetter(1)), repr(itemgetter(1, "a")), repr(attrgetter("a.b", "c")), repr(methodcaller("f", 1, x=2)))
print(repr(methodcaller("strip")), type(itemgetter(0)).__name__, type(attrgetter("x")).__module__)
for bad in [lambda: itemgetter(), lambda: attrgetter(), lambda: attrgetter(1), lambda: methodcaller(),
            lambda: methodcaller(1), lambda: attrgetter("x")(1), lambda: itemgetter(5)([1]), lambda: itemgetter(0)(),
            lambda: methodcaller("nope")("s")]:
    try:
        bad()
    except (TypeError, AttributeError, IndexError) as e:
        print(type(e).__name__, e)
