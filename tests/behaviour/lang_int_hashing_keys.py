# Big ints as dict keys and set members next to their float and small twins.
print(hash(2**61 - 1), hash(2**61), hash(-2**61), hash(2**100), hash(-(2**100)))
print(hash(2**64 - 1), hash(-1), hash(-(2**61 - 1) - 1), hash(10**30) == hash(10**30))
counts = {}
for key in (2**80, 2.0**80, 2**80 + 1, 1 << 80, 10**20, 1e20):
    counts[key] = counts.get(key, 0) + 1
print(len(counts), sorted(counts.values()))
print(counts[2**80], counts[2**80 + 1])
seen = {2**64, 2**64 + 0, 18446744073709551616, 2**65 // 2}
print(len(seen), 2**64 in seen, 2.0**64 in seen)
cache = {}
def powmod_cached(b, e, m):
    key = (b, e, m)
    if key not in cache:
        cache[key] = pow(b, e, m)
    return cache[key]
print(powmod_cached(3, 10**20, 2**89 - 1), powmod_cached(3, 10**20, 2**89 - 1), len(cache))
print(sorted({10**25, -10**25, 0, 2**83, -(2**64)}))
