# Subjects are any expression (walrus, calls, tuples without parentheses,
# starred elements); the subject is evaluated exactly once.
calls = []


def fetch(key):
    calls.append(key)
    return {"user": ("ann", 34), "empty": (), "list": [1, 2, 3]}.get(key)


for key in ["user", "empty", "list", "missing"]:
    match fetch(key):
        case (name, age):
            print(f"{key}: {name} is {age}")
        case ():
            print(f"{key}: empty tuple")
        case [first, *others]:
            print(f"{key}: list from {first} with {len(others)} more")
        case None:
            print(f"{key}: nothing")
print("fetch called", len(calls), "times:", calls)

if (n := len(calls)) > 3:
    match n, n * 2:
        case 4, double:
            print("four, doubled", double)

rest = [3, 4]
match 1, 2, *rest:
    case (1, 2, 3, 4) as whole:
        print("starred subject", whole)

match (total := sum(rest)):
    case 7:
        print("total is", total)
