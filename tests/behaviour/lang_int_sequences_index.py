# Big ints where sequences need an index: CPython's exact errors.
items = ["a", "b", "c"]
print(items[2**100:], items[:2**100], items[-(2**100):2], "hello"[::2**70], items[::-(2**70)])
for label, action in (
    ("list index", lambda: items[2**100]),
    ("str index", lambda: "abc"[-(2**64)]),
    ("tuple index", lambda: (1, 2)[2**63]),
    ("list repeat", lambda: items * 2**100),
    ("str repeat", lambda: "ab" * (2**64)),
    ("chr", lambda: chr(2**70)),
    ("insert", lambda: items.insert(2**80, "x")),
):
    try:
        action()
    except (IndexError, OverflowError) as exc:
        print(label, type(exc).__name__, exc)
print(2**63 - 1, [0][2**63 - 1 - (2**63 - 1)])
