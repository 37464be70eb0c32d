# Structural pattern matching on deques (sequences) and defaultdicts (mappings).
from _collections import deque, defaultdict


def describe(queue):
    match queue:
        case []:
            return "empty"
        case [only]:
            return f"one job: {only}"
        case [first, *rest] if len(rest) > 2:
            return f"{first} then {len(rest)} more"
        case [first, second, *_]:
            return f"{first}, {second}"


for q in [deque(), deque(["a"]), deque(["a", "b"]), deque("abcde"), deque(range(3), maxlen=2)]:
    print(describe(q))

config = defaultdict(list, {"hosts": ["a", "b"], "port": 8080})
match config:
    case {"hosts": [primary, *_], "port": int(port)}:
        print("primary", primary, "port", port, len(config))
match config:
    case {"missing": _}:
        print("never")
    case _:
        print("no 'missing' key, and the factory was not called:", sorted(config))
match deque([1, 2]):
    case deque():
        print("a deque instance")
