# dict: get items keys values pop setdefault update, insertion order, KeyError
d = {"b": 2, "a": 1}
d["c"] = 3
print(d, list(d.keys()), list(d.values()), list(d.items()))
print(d.get("a"), d.get("z"), d.get("z", 0), "a" in d, "z" not in d)
print(d.pop("b"), d.pop("zz", "default"), d)
print(d.setdefault("a", 100), d.setdefault("n", []), d)
d["n"].append(1)
d.update({"a": 10, "m": 5})
d.update(q=7)
print(d, len(d))
for k, v in d.items():
    print(k, v)
for k in d:
    print("key", k)
d["b"] = 0
del d["a"]
d["a"] = 1
print(list(d))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e, repr(e))
print({1: "int", 1.5: "float", (1, 2): "tuple", "s": None})
