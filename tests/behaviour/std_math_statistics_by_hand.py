# Mean, variance and standard deviation by hand, then a normal-distribution table.
import math

scores = [72, 85, 90, 66, 85, 78, 95, 88]
n = len(scores)
mean = math.fsum(scores) / n
variance = math.fsum((x - mean) ** 2 for x in scores) / (n - 1)
stdev = math.sqrt(variance)
print(f"mean={mean} variance={variance:.4f} stdev={stdev:.4f}")
z = [(x - mean) / stdev for x in scores]
print([round(v, 3) for v in z])


def normal_cdf(x, mu=0.0, sigma=1.0):
    return 0.5 * (1 + math.erf((x - mu) / (sigma * math.sqrt(2))))


for x in [-2, -1, 0, 1, 1.96, 2]:
    print(f"P(Z <= {x:>5}) = {normal_cdf(x):.5f}")
geo = math.prod(scores) ** (1 / n)
harm = n / math.fsum(1 / x for x in scores)
print(round(geo, 6), round(harm, 6), math.isclose(geo, math.exp(math.fsum(map(math.log, scores)) / n)))
print(math.comb(n, 2), "pairs;", math.perm(n, 3), "podiums;", math.factorial(n), "orderings")
