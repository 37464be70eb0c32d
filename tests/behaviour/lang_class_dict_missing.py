# dict subclasses: __missing__ (a defaultdict-like), overriding __setitem__.
class DefaultDict(dict):
    def __init__(self, factory, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.factory = factory

    def __missing__(self, key):
        value = self[key] = self.factory()
        return value


groups = DefaultDict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(groups)
print(len(groups), sorted(groups), "z" in groups, groups.get("z"))

counts = DefaultDict(int, {"seed": 5})
for ch in "mississippi":
    counts[ch] += 1
print(counts)


class LowerDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())


d = LowerDict()
d["Name"] = "Ada"
d["CITY"] = "London"
print(d, d["NAME"], d["city"])
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)
print(isinstance(d, dict), dict(d), d == {"name": "Ada", "city": "London"})
print(d.keys(), list(d.items()))
merged = d | {"zip": 1}
print(merged, type(merged).__name__)


class Counter(dict):
    def __missing__(self, key):
        return 0


c = Counter(a=2)
print(c["a"], c["b"], c)
