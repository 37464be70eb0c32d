# pow with and without a modulus, including modular inverses (3.8+).
print(2**100, (-3)**75, 10**-2, 2**-1, (-2)**-3)
print(pow(2, 100, 10**9 + 7), pow(-7, 41, 13), pow(7, 41, -13), pow(123456789, 10**30, 2**127 - 1))
print(pow(3, -1, 7), pow(38, -1, 97), pow(10**20 + 39, -1, 2**89 - 1), pow(-5, -3, 10**9 + 7))
print(pow(0, 0), pow(0, 0, 1), pow(5, 0, 1), pow(2**70, 2, 2**64), pow(0, 5, -3))
print(1**(10**30), (-1)**(10**30 + 1), 0**(10**30))
for args in ((2, 3, 0), (4, -1, 8), (2**70, -1, 2**80), (3, 2.0, 5)):
    try:
        pow(*args)
    except (ValueError, TypeError) as exc:
        print(type(exc).__name__, exc)
try:
    0 ** -2
except ZeroDivisionError as exc:
    print(exc)
print(2 ** -(2**100), (2**100) ** 0.5, (10**20) ** -1)
