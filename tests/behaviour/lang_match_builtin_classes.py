# Builtin classes match themselves with one positional sub-pattern
# (int(x), str(s), ...), subclasses too; bool before int since True == 1.
class Name(str):
    pass


def classify(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(0):
            return "int zero"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int(n):
            return f"int {n}"
        case float(f):
            return f"float {f}"
        case str("") :
            return "empty str"
        case str(s):
            return f"str {s!r}"
        case bytes(b):
            return f"bytes {b!r}"
        case list([x, *_]):
            return f"list starting with {x}"
        case list(l):
            return f"list {l}"
        case tuple(t):
            return f"tuple of {len(t)}"
        case dict(d):
            return f"dict with keys {sorted(d)}"
        case set() | frozenset():
            return f"a set of {len(v)}"
        case _:
            return "other"


for v in [True, 0, -3, 7, Name("ann"), 2.5, "", "hi", b"zz", [4, 5], [], (1, 2, 3), {"b": 1, "a": 2},
          {1, 2}, frozenset(), None]:
    print(repr(v), "->", classify(v))

try:
    match 5:
        case int(a, b):
            pass
except TypeError as e:
    print("TypeError:", e)
