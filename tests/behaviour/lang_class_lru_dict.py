# An LRU cache on top of dict: overriding __getitem__/__setitem__ and calling dict's own.
class LRUCache(dict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity
        self.hits = self.misses = 0

    def __getitem__(self, key):
        value = dict.__getitem__(self, key)
        dict.__delitem__(self, key)
        dict.__setitem__(self, key, value)
        self.hits += 1
        return value

    def __setitem__(self, key, value):
        if key in self:
            dict.__delitem__(self, key)
        elif len(self) >= self.capacity:
            oldest = next(iter(self))
            print(f"evicting {oldest}")
            dict.__delitem__(self, oldest)
        super().__setitem__(key, value)

    def lookup(self, key, compute):
        if key in self:
            return self[key]
        self.misses += 1
        self[key] = compute(key)
        return dict.__getitem__(self, key)


cache = LRUCache(3)
for n in [1, 2, 3, 1, 4, 2, 5, 1]:
    print(n, "->", cache.lookup(n, lambda k: k * k), list(cache))
print(cache.hits, cache.misses, cache)
print(isinstance(cache, dict), len(cache), dict(cache))
cache.update({9: 81})
print(list(cache), "update bypasses __setitem__")
