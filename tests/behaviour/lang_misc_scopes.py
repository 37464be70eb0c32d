# Walrus in comprehensions binds in the enclosing scope; deleting an
# unbound nonlocal is a NameError; star targets and del of many targets.
readings = [12, 7, 31, 4, 25]
high = [r for r in readings if (last := r) > 10]
print(high, last)
print(any((hit := r) > 30 for r in readings), hit)


def running_totals(values):
    total = 0
    sums = [total := total + v for v in values]
    return sums, total


print(running_totals([1, 2, 3, 4]))


def first_long(words):
    if any(len(found := w) > 5 for w in words):
        return found
    return None


print(first_long(["ant", "giraffe", "zebra"]), first_long(["a"]))

matrix = [[1, 2], [3, 4]]
flat = [y for row in matrix for x in row if (y := x * 10) > 15]
print(flat, y)


def counter():
    count = 0

    def forget():
        nonlocal count
        del count

    forget()
    try:
        forget()
    except NameError as e:
        print(type(e).__name__, e)


counter()


def cell_local():
    value = 1

    def reader():
        return value

    del value
    try:
        del value
    except NameError as e:
        print(type(e).__name__, e)
    return reader


cell_local()

for first, *rest in [(1, 2, 3), (4,), "xyz"]:
    print(first, rest)
head, *middle, tail = range(6)
print(head, middle, tail, [*"ab", *range(2)], {**{"a": 1}, **{"a": 2, "b": 3}})
print(*["x", "y", "z"], sep=" | ")

inventory = {"apples": 3, "pears": 0, "plums": 5}
shelf = list(range(10))


class Box:
    pass


box = Box()
box.label, box.size = "fragile", 3
del inventory["pears"], shelf[2:8:2], box.label
print(inventory, shelf, vars(box))
