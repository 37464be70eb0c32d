# Pagination with range and slice objects: count/index, indices(), attributes.
PAGE = slice(10, 20)
items = list(range(35))
print(PAGE.start, PAGE.stop, PAGE.step, items[PAGE][:3])
print(PAGE.indices(15), slice(None, None, -1).indices(5), slice(-3, None).indices(5), slice(2, 100, 3).indices(10))
try:
    PAGE.indices(-1)
except ValueError as e:
    print("ValueError:", e)

def pages(total, size):
    return [slice(i, min(i + size, total)) for i in range(0, total, size)]

for p in pages(len(items), 12):
    print(p, len(items[p]), range(len(items))[p])

evens = range(0, 100, 2)
print(evens.count(42), evens.count(43), evens.index(42), 42 in evens, evens.count(4.0))
try:
    evens.index(7)
except ValueError as e:
    print("ValueError:", e)
print(range(10, 0, -2).index(4), range(5).index(True), range(3).count("x"))
