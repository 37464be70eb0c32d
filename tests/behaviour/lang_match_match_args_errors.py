# Run-time errors of class patterns: too many positional sub-patterns,
# a __match_args__ that is not a tuple, non-string entries, repeated
# attributes, a non-class, and a missing attribute (just no match).
class NoArgs:
    pass


class ListArgs:
    __match_args__ = ["a"]

    def __init__(self):
        self.a = 1


class IntArgs:
    __match_args__ = (1,)


class Pair:
    __match_args__ = ("a", "b")

    def __init__(self, a, b):
        self.a, self.b = a, b


class Lazy:
    __match_args__ = ("missing",)


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except TypeError as e:
        print(label, "-> TypeError:", e)


def m1():
    match NoArgs():
        case NoArgs(x):
            return x
    return "no match"


def m2():
    match ListArgs():
        case ListArgs(x):
            return x


def m3():
    match IntArgs():
        case IntArgs(x):
            return x


def m4():
    match Pair(1, 2):
        case Pair(x, a=y):
            return x, y


def m5():
    match Pair(1, 2):
        case Pair(x, y, z):
            return x


def m6():
    not_a_class = len
    match 3:
        case not_a_class():
            return "?"


def m7():
    match Lazy():
        case Lazy(x):
            return x
        case Lazy():
            return "Lazy without attribute: no match, then the next case"


def m8():
    match 3:
        case NoArgs():
            return "?"
    return "different class: no error, no match"


def m9():
    match Pair(1, 2):
        case Pair(b=1) | Pair(b=2, a=1):
            return "keyword sub-patterns"


for i, fn in enumerate([m1, m2, m3, m4, m5, m6, m7, m8, m9], 1):
    attempt(f"m{i}", fn)
