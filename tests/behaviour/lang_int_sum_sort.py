# sum, min, max and sorting with big values mixed with small ones.
values = [2**62, 2**62, 2**62, 2**62, -1, 10**20, -(10**21), 7]
print(sum(values), sum(values, 10**30), sum([2**63 - 1, 1]), sum(x * x for x in values))
print(min(values), max(values), sorted(values), sorted(values, reverse=True)[:3])
print(sorted(values, key=lambda v: -v)[:2], sorted(values, key=abs))
records = [("mercury", 3 * 10**23), ("venus", 4867 * 10**21), ("earth", 5972 * 10**21), ("jupiter", 1898 * 10**24)]
records.sort(key=lambda r: r[1])
for name, mass in records:
    print(f"{name:<8} {mass:.3e} kg {mass:>30,}")
print(sum(m for _, m in records) // len(records))
print(2**64 > 2**63 > 1 > -(2**63) > -(2**64), 10**20 == 10**20 != 10**20 + 1)
