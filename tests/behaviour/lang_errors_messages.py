# builtin exception messages as CPython words them, caught and printed
NOTHING = None
tests = [
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1.0 / 0,
    lambda: 5 % 0,
    lambda: [1, 2][5],
    lambda: (1,)[3],
    lambda: "ab"[9],
    lambda: {"a": 1}["b"],
    lambda: int("abc"),
    lambda: float("x.y"),
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [1] + (2,),
    lambda: undefined_name,
    lambda: None.attr,
    lambda: (3).nope,
    lambda: "abc".nope(),
    lambda: len(5),
    lambda: NOTHING(),
    lambda: "x" * "y",
    lambda: [].pop(),
    lambda: {}.pop("k"),
    lambda: "a" < 1,
]
for t in tests:
    try:
        t()
        print("no error?")
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
