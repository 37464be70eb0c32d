# Mixing big ints with floats: exact comparisons, conversions and division.
big = 2**64
print(big == float(big), hash(big) == hash(float(big)))
print(2**53 + 1 == 2.0**53, 2**53 + 1 > 2.0**53, 2**53 == 2.0**53)
print(10**30 < 1e30, 10**30 > 1e30, int(1e30))
prices = {2**64: "exact"}
print(prices[float(2**64)], 18446744073709551616.0 in prices)
print(float(10**300), float(-3**600 // 3**590))
print(10**400 / 10**399, 2**1100 / 2**1000, 1 / 3 * 3)
print(2**2000 // 2**1990 + 0.5, (2**64) * 0.5, 0.5 * 2**64)
print(10**20 % 7.0, divmod(10**20, 3.5))
print(int(1e300) == 10**300, int(-1.5e19), int(2.0**80))
print(round(2.5e20), round(-1e25), round(1.5e308) > 0)
print(max(2**70, 1e21), min(-2**70, -1e21), sorted([1e20, 2**70, 10**20, 3.0]))
print(2**100 < float("inf"), -2**100 > float("-inf"), 2**100 == float("nan"))
print(float(2**1024 - 2**971), float(2**1024 - 2**970 - 1))
for bad in (lambda: float(2**1024), lambda: 2**1024 + 0.0, lambda: 2**2000 / 3, lambda: 1e308 * 10**310):
    try:
        bad()
    except OverflowError as exc:
        print("OverflowError:", exc)
print(1 / 2**2000, -1 / 2**1075, 2**-1074 == 1 / 2**1074)
