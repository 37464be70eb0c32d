# int and float to text: str, repr, %-free formatting via f-strings and format()
for v in [0, 7, -7, 1234567, 10 ** 12, -10 ** 9]:
    print(f"{v}|{v:>12}|{v:<12}|{v:,}|{v:012}|{v:+d}")
for v in [0.0, 1.0, -1.5, 3.14159, 1234567.891, 0.000123, 12345678901234.5]:
    print(f"{v}|{v:.3f}|{v:>12.2f}|{v:,.1f}|{v:.2e}|{v:g}")
print(format(3.14159, ".3f"), format(42, ">5"), format(42, "x"), format("ab", "^6"))
print(str(10 / 3), 10 // 3, 2 ** 62, -(2 ** 62) - (2 ** 62 - 1))
print(1e16, 123456789012345678.0, 1.0e-10, 5e-324 > 0)
