# Or-patterns binding the same names in different orders, as-patterns at
# several levels, guards that see the captures (bound even when the guard
# fails), and soft keywords used as ordinary names.
def grade(score):
    match score:
        case 100 | 99 | 98 as top:
            return f"perfect-ish ({top})"
        case int(s) | float(s) if s >= 90:
            return "A"
        case int(s) | float(s) if s >= 80:
            return "B"
        case _:
            return "C or worse"


for s in [100, 98, 95, 91.5, 85, 12]:
    print(s, grade(s))


def swap_pairs(p):
    match p:
        case (a, "first") | ("second", a):
            return f"got {a}"
        case ([x, y] | (y, x, 0)) as whole:
            return f"x={x} y={y} from {whole}"
    return "no"


for p in [(1, "first"), ("second", 2), [3, 4], (5, 6, 0), (5, 6, 1)]:
    print(p, "->", swap_pairs(p))

value = 10
match value:
    case n if n > 100:
        print("big")
    case n:
        print("guard failed first, n is still bound:", n)

match (1, 2):
    case (a, b) if a > b:
        print("no")
    case _:
        print("a and b were bound by the failed case:", a, b)

match = {"case": 1}
case = [match]
_ = "underscore"
print(match["case"], case, _)


def match_(match, case):
    return match + case

print(match_(match=1, case=2))

match case:
    case [{"case": match}]:
        print("match captured", match)
