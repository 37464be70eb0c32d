# Integer functions on ints of any size: factorial, comb, perm, gcd, lcm, isqrt.
import math

print(math.factorial(0), math.factorial(10), math.factorial(25))
print(len(str(math.factorial(500))), math.factorial(100) % (10 ** 9 + 7))
print(math.comb(5, 2), math.comb(52, 5), math.comb(10, 0), math.comb(3, 5), math.comb(100, 50))
print(math.perm(5, 2), math.perm(5), math.perm(4, 0), math.perm(3, 7), math.perm(30, 20))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-4, 6), math.gcd(), math.gcd(7), math.gcd(2 ** 100, 6 ** 50))
print(math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(), math.lcm(0, 5), math.lcm(-3, 5), math.lcm(2 ** 64, 3))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10 ** 40), math.isqrt(2 ** 127 - 1))
n = 10 ** 30 + 12345
r = math.isqrt(n)
print(r, r * r <= n < (r + 1) * (r + 1))
print(math.gcd(True, 4), math.factorial(True), math.comb(True, True))


class Index:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


print(math.factorial(Index(5)), math.gcd(Index(12), 8), math.isqrt(Index(99)))
for bad in [lambda: math.factorial(-1), lambda: math.factorial(2.0), lambda: math.factorial("3"),
            lambda: math.isqrt(-1), lambda: math.isqrt(2.5), lambda: math.comb(-1, 2), lambda: math.comb(3, -1),
            lambda: math.perm(3, -1), lambda: math.perm(-3), lambda: math.gcd(1.5), lambda: math.lcm(2, "x"),
            lambda: math.comb(10, "a"), lambda: math.comb(5), lambda: math.factorial(10 ** 20)]:
    try:
        bad()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
