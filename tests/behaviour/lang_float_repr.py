# float repr and str: shortest round-trip digits, exponents, int/float mixing
vals = [0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789.0, 1e-4, 1e-5, 1.5e-7,
        100.0, 2.5, -0.0, 1e22, 0.1 * 3, 10 / 4, 7 / 7, 2 ** 0.5, 1e300 * 10]
for v in vals:
    print(v, repr(v), str(v))
print(3 * 1.1, 0.4 + 0.1, 0.25 * 2, 0.4 + 0.1 == 0.25 * 2)
print(int(3.9), int(-3.9), float(3), float("2.5"), int("42"), int(" -8 "))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1.23456, 3), round(7))
print(abs(-3), abs(-2.5), 7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 % -3, 7.5 // 2, -7.5 % 2)
print(2 ** 10, 2 ** -1, 10 / 5, 9 ** 0.5, (-8) // 3)
