# Mapping patterns with keys known only at run time: duplicates are a
# ValueError; get() failures propagate; unhashable keys are a TypeError.
class K:
    A = "a"
    B = "a"
    L = [1]


class Strict(dict):
    def get(self, key, default=None):
        if key == "boom":
            raise KeyError("get exploded")
        return super().get(key, default)


def run(label, fn):
    try:
        print(label, fn())
    except (ValueError, KeyError, TypeError) as e:
        print(label, type(e).__name__, e)


def dup():
    match {"a": 1}:
        case {K.A: 1, K.B: 1}:
            return "matched"


def boom():
    match Strict(x=1):
        case {"x": 1, "boom": _}:
            return "matched"


def fine():
    match Strict(x=1, y=2):
        case {"x": 1, **others}:
            return others


def unhashable():
    match {"a": 1}:
        case {K.L: 1}:
            return "?"


run("dup", dup)
run("boom", boom)
run("fine", fine)
run("unhashable", unhashable)
