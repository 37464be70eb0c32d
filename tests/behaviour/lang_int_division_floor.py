# Floor division and modulo with signs, and true division correctly rounded.
pairs = [(10**30, 7), (-10**30, 7), (10**30, -7), (-10**30, -7), (2**64, 2**32 + 1),
         (-(2**100), 2**99 + 1), (3**200, 2**150), (2**63, -1), (-2**63, -1), (7, 2**70), (-7, 2**70)]
for a, b in pairs:
    q, r = divmod(a, b)
    assert q * b + r == a
    print(q, r, a // b, a % b)
print(10**30 / 7, -(10**30) / 7, 2**70 / 2**69, (2**64 + 1) / 2**64)
print(123456789012345678901234567890 / 987654321, 1 / (10**20))
print((2**53 + 1) / 1, (2**63 - 1) / 3, 9007199254740993 / 9007199254740992)
for a, b in ((10**30, 0), (2**70, 0)):
    for op in ("//", "%", "/"):
        try:
            if op == "//":
                a // b
            elif op == "%":
                a % b
            else:
                a / b
        except ZeroDivisionError as exc:
            print(op, exc)
try:
    divmod(-(2**70), 0)
except ZeroDivisionError as exc:
    print("divmod", exc)
