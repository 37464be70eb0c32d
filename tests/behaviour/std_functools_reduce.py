# reduce: folding lists into totals, products, dictionaries and pipelines.
from _functools import reduce
import _operator as op

print(reduce(op.add, [1, 2, 3, 4]), reduce(op.mul, range(1, 8)), reduce(op.add, ["a", "b", "c"], ">"))
print(reduce(lambda acc, x: acc if acc > x else x, [3, 9, 2, 7]), reduce(op.add, [], 0), reduce(op.add, [5]))
merged = reduce(lambda acc, d: {**acc, **d}, [{"a": 1}, {"b": 2}, {"a": 3}], {})
print(merged)


def compose(*funcs):
    return reduce(lambda f, g: lambda x: g(f(x)), funcs, lambda x: x)


pipeline = compose(str.strip, str.lower, lambda s: s.replace(" ", "_"))
print(pipeline("  Hello World  "))
nested = [[1, 2], [3], [], [4, 5, 6]]
print(reduce(op.concat, nested, []), reduce(lambda a, b: a * 10 + b, [1, 2, 3]))
steps = []
reduce(lambda a, b: steps.append((a, b)) or a + b, range(5))
print(steps)
for bad in [lambda: reduce(op.add, []), lambda: reduce(1, [1, 2]), lambda: reduce(op.add, 5), lambda: reduce(),
            lambda: reduce(op.add, [], initial=1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
