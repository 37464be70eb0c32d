# format mini-language beyond the basics: sign, zero pad, nested width, e/g/x, fill
i = 42
x = 3.14159
width = 7
print(f"[{i:+}] [{-i:+}] [{i: }] [{i:07}] [{-i:07}] [{x:+.2f}] [{x:010.3f}]")
print(f"[{i:>{width}}] [{x:.{width - 5}f}] [{i:#>6}] [{i:_<6}]")
print(f"{1e6:e} {12345.678:.3e} {0.000123:g} {1e20:g} {123.0:g} {0.5:g}")
print(f"{255:x} {255:X} {255:o} {5:b} {255:#x}")
print(format(12, "05d"), format(0.5, ".1f"), format(7, ""), format(-3.0, ".0f"))
