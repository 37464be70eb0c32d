# Errors raised by complex operations, caught and reported.
cases = [
    ("division", lambda: (1 + 1j) / 0),
    ("division by 0j", lambda: 5 / 0j),
    ("zero to negative", lambda: 0j ** -2),
    ("zero to complex", lambda: 0j ** 1j),
    ("overflow", lambda: (1e200 + 1e200j) ** 2.5),
    ("floor div", lambda: 1j // 1),
    ("modulo", lambda: 1j % 2),
    ("divmod", lambda: divmod(1j, 1)),
    ("ordering", lambda: sorted([1j, 2j])),
    ("int()", lambda: int(1 + 0j)),
    ("float()", lambda: float(1j)),
    ("round()", lambda: round(1j)),
    ("invert", lambda: ~(1 + 1j)),
    ("abs overflow", lambda: abs(complex(1.5e308, 1.5e308))),
    ("big int", lambda: 1j + 10**400),
]
for label, action in cases:
    try:
        print(label, "->", action())
    except Exception as exc:
        print(label, "->", type(exc).__name__ + ":", exc)
