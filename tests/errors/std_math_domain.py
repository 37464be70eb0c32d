# The quadratic formula with real math on an equation without real roots.
import math


def roots(a, b, c):
    d = math.sqrt(b * b - 4 * a * c)
    return (-b + d) / (2 * a), (-b - d) / (2 * a)


print(roots(1, -3, 2))
print(roots(1, 2, 5))
