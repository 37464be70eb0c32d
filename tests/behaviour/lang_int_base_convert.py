# Hand-written base conversion checked against the builtins.
DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def to_base(n, base):
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(DIGITS[r])
    return sign + "".join(reversed(out))


for value in (2**64, -(3**80), 10**25 + 1, 36**15 - 1):
    for base in (2, 7, 16, 36):
        text = to_base(value, base)
        assert int(text, base) == value
        print(base, text)
print(to_base(2**100, 16) == hex(2**100)[2:], to_base(-(2**100), 8) == "-" + oct(2**100)[2:])
