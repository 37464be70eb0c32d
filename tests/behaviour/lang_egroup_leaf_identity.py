# split() and except* hand out the very same leaf exception objects, in
# new group objects that carry the original's message and metadata.
a, b, c = ValueError("a"), TypeError("b"), ValueError("c")
eg = ExceptionGroup("orig", [a, ExceptionGroup("sub", [b, c])])
eg.__context__ = KeyError("ctx")

match_, rest = eg.split(ValueError)
print(match_.exceptions[0] is a, match_.exceptions[1].exceptions[0] is c)
print(rest.exceptions[0].exceptions[0] is b)
print(match_ is eg, match_.message, rest.exceptions[0].message)
print(repr(match_.__context__), match_.__context__ is eg.__context__)

try:
    raise eg
except* ValueError as part:
    print(part is eg, part.exceptions[0] is a)
    kept = part
except* TypeError as part:
    print("TypeError leaf is b:", part.exceptions[0].exceptions[0] is b)

try:
    raise eg
except* Exception as whole:
    print("a clause matching everything gets the group itself:", whole is eg)


def pred(e):
    if isinstance(e, TypeError):
        raise RuntimeError("predicate failed on " + str(e))
    return False


try:
    eg.split(pred)
except RuntimeError as e:
    print("RuntimeError:", e)
