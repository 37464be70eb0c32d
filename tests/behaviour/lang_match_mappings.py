# Mapping patterns: extra keys are allowed, **rest collects them, lookups go
# through get() so a defaultdict's factory is never called, key order of
# the pattern does not matter.
class CountingDict(dict):
    def __missing__(self, key):
        print("  __missing__ called for", key)
        return 0


def check(m):
    match m:
        case {"id": int(i), "tags": [*tags]}:
            return f"item {i} tagged {tags}"
        case {"id": i, **rest} if not rest:
            return f"bare item {i}"
        case {"id": i, **rest}:
            return f"item {i} with {sorted(rest.items())}"
        case {}:
            return f"some mapping with {len(m)} keys"


print(check({"id": 1, "tags": ["a", "b"]}))
print(check({"tags": ("x",), "id": 2}))
print(check({"id": 3}))
print(check({"id": 4, "name": "four", "size": 9}))
print(check({"name": "no id"}))
print(check({}))
print(check([("id", 1)]))

d = CountingDict(a=1)
match d:
    case {"a": 1, "b": _}:
        print("matched b")
    case {"a": value}:
        print("only a:", value)

match d:
    case {**rest}:
        print("rest is a plain dict copy:", rest, type(rest).__name__, rest is d)

KEY = "colour"

class Keys:
    NAME = "name"

match {"name": "Ann", "colour": "red"}:
    case {Keys.NAME: n, "colour": c}:
        print(n, c)

match {1: "one", 2.5: "float", None: "none", True: "bool"}:
    case {1: a, 2.5: b, None: c}:
        print(a, b, c)
