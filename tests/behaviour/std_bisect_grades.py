# Table lookups and sorted inserts with _bisect, key= included.
from _bisect import bisect_left, bisect_right, insort_left, insort_right


def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect_right(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100, 60]])
data = [1, 2, 2, 2, 3, 5]
print(bisect_left(data, 2), bisect_right(data, 2), bisect_left(data, 4), bisect_right(data, 0), bisect_left(data, 9))
print(bisect_left(data, 2, 2), bisect_right(data, 2, 0, 2), bisect_right(data, 2, hi=3), bisect_left(data, 2, lo=4))
insort_right(data, 4)
insort_left(data, 2)
insort_right(data, 0, 0, 1)
print(data)
people = [("ann", 31), ("bob", 25), ("cid", 40)]
people.sort(key=lambda p: p[1])
print(bisect_left(people, 30, key=lambda p: p[1]), bisect_right(people, 40, key=lambda p: p[1]))
insort_left(people, ("dee", 35), key=lambda p: p[1])
print(people)
print(bisect_right("acegi", "f"), bisect_left((1, 3, 5), 3), bisect_right([1, 2, 3], 2, hi=None))


class Shelf(list):
    def insert(self, i, x):
        print(f"  insert {x!r} at {i}")
        super().insert(i, x)


shelf = Shelf(["b", "d"])
insort_right(shelf, "c")
print(shelf)
for bad in [lambda: bisect_right([1], 1, -1), lambda: bisect_right(1, 1), lambda: insort_right((1,), 1),
            lambda: bisect_left([1, 2], "a"), lambda: bisect_right([1], 1, foo=2), lambda: bisect_right([1, 2, 3], 2, 0, 1.5),
            lambda: bisect_left(), lambda: bisect_right([1, 2], 1, 0, 5)]:
    try:
        print(bad())
    except (ValueError, TypeError, AttributeError, IndexError) as e:
        print(type(e).__name__, e)
