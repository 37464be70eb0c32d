# Sequence patterns: lists and tuples match alike, star captures are lists,
# strings/bytes never match a sequence pattern, ranges do.
def shape_of(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one: {x!r}"
        case [x, y]:
            return f"two: {x!r}, {y!r}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long: {first!r} ... {last!r} ({len(middle)} between)"
        case [first, *middle, last]:
            return f"first {first!r}, middle {middle!r}, last {last!r}"


for s in [[], [1], (1,), [1, 2], (3, 4), [1, 2, 3], (1, 2, 3, 4), list(range(8)), range(3), "ab", b"xy"]:
    print(repr(s), "->", shape_of(s))

def heads(seq):
    match seq:
        case [*_, 0]:
            return "ends with zero"
        case [0, *_]:
            return "starts with zero"
        case [_, _, *_]:
            return "at least two"
        case [*everything]:
            return f"all: {everything}"

for s in [[0], [5, 0], [0, 5], [1, 2, 3], [9], (), "xy"]:
    print(repr(s), "->", heads(s))

match [1, [2, [3, [4]]]]:
    case [a, [b, [c, [d]]]]:
        print("nested", a, b, c, d)

match (1, 2, 3):
    case (1, *rest):
        print("tuple star is a list:", rest, type(rest).__name__)

point = (3, 4)
match point:
    case 0, 0:
        print("origin")
    case x, 0:
        print("on x axis", x)
    case x, y:
        print("point", x, y)

match "text":
    case [*chars]:
        print("a string matched a sequence pattern?!", chars)
    case str(s):
        print("strings are not sequences here:", s)
