# split() and subgroup() by type, tuple of types and predicate; the
# structure of nested groups is kept and empty branches disappear.
eg = ExceptionGroup(
    "batch",
    [
        ValueError("v1"),
        ExceptionGroup("io", [OSError("disk"), ValueError("v2"), TimeoutError("slow")]),
        KeyError("missing"),
        ExceptionGroup("only types", [TypeError("t1")]),
    ],
)

match_, rest = eg.split(ValueError)
print("match:", repr(match_))
print("rest:", repr(rest))

print(repr(eg.subgroup((KeyError, TypeError))))
print(repr(eg.subgroup(OSError)))
print(eg.subgroup(ZeroDivisionError))
print(eg.split(Exception)[0] is eg, eg.split(Exception)[1])

seen = []


def loud(e):
    seen.append(type(e).__name__)
    return isinstance(e, OSError) and "s" in str(e)


print(repr(eg.subgroup(loud)))
print("predicate saw:", seen)

m, r = eg.split(lambda e: isinstance(e, ExceptionGroup) and e.message == "io")
print(repr(m))
print(repr(r))

for bad in [42, "ValueError", (ValueError, 3)]:
    try:
        eg.split(bad)
    except TypeError as e:
        print("TypeError:", e)
