# Logarithms and exponentials, including ints too large for a float.
import math

print(math.log(math.e), math.log(100, 10), math.log(8, 2), math.log(1), math.log10(1000), math.log2(1024))
print(math.log(2 ** 1000), math.log2(2 ** 1000), math.log10(10 ** 400), math.log(10 ** 400, 10))
print(math.log(3 ** 900, 3), math.log1p(1e-10), math.expm1(1e-10), math.exp(1), math.exp2(10), math.exp(-745.2))
print(math.sqrt(2), math.cbrt(27), math.cbrt(-8), math.pow(2, 0.5), math.pow(-2, 3), 2 ** 0.5 == math.sqrt(2))
half_life = 5730
for years in [1000, 5730, 20000]:
    remaining = math.exp(-math.log(2) * years / half_life)
    print(f"{years:>6} years: {remaining:.4%} left")
interest = [round(1000 * math.pow(1 + 0.05, n), 2) for n in range(0, 31, 10)]
print(interest)
print(math.log(math.inf), math.log(math.nan), math.log10(0.001), math.log2(0.125), math.log(1e-300))
