# fsum is exact where sum() rounds; prod multiplies anything; isclose compares.
import math

values = [0.1] * 10
print(sum(values), math.fsum(values))
print(math.fsum([1e100, 1.0, -1e100, 1e-100]), sum([1e100, 1.0, -1e100]))
print(math.fsum([1, 2, 3]), math.fsum([]), math.fsum(x / 7 for x in range(100)), math.fsum([0.3, -0.1, -0.2]))
print(math.fsum([math.inf, 1]), math.fsum([-math.inf, -1.0]), math.fsum([math.nan, 1.0]))
print(math.fsum([1.7976931348623157e308, -1.7976931348623157e308, 1.0]))
for bad in [[1e308, 1e308], [math.inf, -math.inf], ["x"], 5]:
    try:
        math.fsum(bad)
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod(range(1, 21)), math.prod([0.5, 4, 2]))
print(math.prod([2, 3], start=10), math.prod(["ab", 3]), math.prod([[1, 2]], start=2))
print(math.prod(iter([2] * 70)))
try:
    math.prod([1], 2)
except TypeError as e:
    print("TypeError:", e)
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, math.isclose(1e-12, 0), math.isclose(1e-12, 0, abs_tol=1e-9))
print(math.isclose(100, 101, rel_tol=0.01), math.isclose(100, 102, rel_tol=0.01), math.isclose(math.inf, math.inf))
print(math.isclose(math.nan, math.nan), math.isclose(a=1.0, b=1.0 + 1e-10))
try:
    math.isclose(1, 1, rel_tol=-0.5)
except ValueError as e:
    print("ValueError:", e)
