# The operator functions: arithmetic, comparisons, in-place forms, sequences.
import _operator as op

print(op.add(2, 3), op.sub(2, 3), op.mul("ab", 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(-7, 3), op.pow(2, 10))
print(op.lshift(1, 10), op.rshift(1024, 3), op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.or_({1}, {2}))
print(op.neg(5), op.pos(-5), op.inv(5), op.invert(0), op.abs(-3.5), op.not_([]), op.truth("x"), op.index(7))
print(op.lt(1, 2), op.le(2, 2), op.eq("a", "a"), op.ne(1, 1.0), op.gt([2], [1, 9]), op.ge((1,), (1,)))
print(op.is_(None, None), op.is_not(1, None), op.contains("team", "ea"), op.countOf([1, 2, 1, 1], 1), op.indexOf("abc", "c"))
table = {"a": 1}
op.setitem(table, "b", 2)
op.delitem(table, "a")
print(table, op.getitem(table, "b"), op.getitem([1, 2, 3], slice(1, None)), op.concat([1], [2]), op.concat("ab", "cd"))
items = [1]
same = op.iadd(items, [2])
print(same is items, items, op.iadd(1, 2), op.imul([0], 3), op.iconcat([1], (2,)), op.ior({1}, {3}))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __length_hint__(self):
        return self.n


print(op.length_hint([1, 2, 3]), op.length_hint(Countdown(7)), op.length_hint(5), op.length_hint(5, 42))
print(op.call(max, 3, 9, 4), op.call(sorted, [3, 1], reverse=True), op._compare_digest(b"abc", b"abc"), op._compare_digest("a", "b"))


class Vec:
    def __init__(self, *c):
        self.c = c

    def __add__(self, other):
        return Vec(*(a + b for a, b in zip(self.c, other.c)))

    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self.c, other.c))

    def __repr__(self):
        return f"Vec{self.c}"


print(op.add(Vec(1, 2), Vec(3, 4)), op.matmul(Vec(1, 2), Vec(3, 4)), op.iadd(Vec(1), Vec(1)))
totals = [0]
for x in [5, 10, 15]:
    totals.append(op.add(totals[-1], x))
print(totals)
for bad in [lambda: op.concat(1, 2), lambda: op.concat([1], (2,)), lambda: op.indexOf([1], 2), lambda: op.index(1.5),
            lambda: op.add(1), lambda: op.neg("a"), lambda: op.matmul(1, 2), lambda: op.truediv(1, 0),
            lambda: op.lt(1, "a"), lambda: op.length_hint(5, "a"), lambda: op._compare_digest("a", 1),
            lambda: op.is_(1)]:
    try:
        bad()
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
