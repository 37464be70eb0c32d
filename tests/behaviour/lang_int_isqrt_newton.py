# Integer square roots by Newton's method and digits of sqrt(2).
def isqrt(n):
    if n < 0:
        raise ValueError("isqrt() argument must be nonnegative")
    if n == 0:
        return 0
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


for n in (0, 1, 15, 16, 2**64, 2**64 - 1, 10**40, 10**41, 3**301):
    r = isqrt(n)
    assert r * r <= n < (r + 1) ** 2
    print(n if n < 10**20 else f"<{n.bit_length()} bits>", r)
root2 = isqrt(2 * 10**200)
print("sqrt(2) =", str(root2)[0] + "." + str(root2)[1:])
golden = (1 + isqrt(5 * 10**100)) * 10**50 // 2
print("phi ~", str(golden)[:1] + "." + str(golden)[1:61])
try:
    isqrt(-(2**70))
except ValueError as exc:
    print(exc)
