# Fibonacci with a memo dict, checked against the fast-doubling identities.
memo = {0: 0, 1: 1}


def fib(n):
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]


def fib_doubling(n):
    # (F(n), F(n+1))
    if n == 0:
        return (0, 1)
    a, b = fib_doubling(n // 2)
    c = a * (2 * b - a)
    d = a * a + b * b
    if n % 2 == 0:
        return (c, d)
    return (d, c + d)


for n in range(0, 201, 25):
    fib(n)
for n in (90, 92, 93, 100, 150, 200):
    print(n, fib(n))
print(fib(200) == fib_doubling(200)[0])
print(fib_doubling(1000)[0] % 1_000_000_007)
print(len(str(fib_doubling(1000)[0])), "digits in F(1000)")
# consecutive Fibonacci numbers are coprime
a, b = fib(199), fib(200)
while b:
    a, b = b, a % b
print("gcd(F199, F200) =", a)
