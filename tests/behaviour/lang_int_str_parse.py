# Parsing and printing big ints: bases, underscores, signs and whitespace.
print(int("123456789012345678901234567890"))
print(int("-0x_dead_beef_cafe_babe_0123_4567", 0), int("0b" + "1" * 70, 0), int("7" * 30, 8))
print(int("  +1_000_000_000_000_000_000_000  "), int("zzzzzzzzzzzzzzzz", 36))
print(int(b"99999999999999999999"), int("0o7777777777777777777777777", 0))
print(str(2**200), repr(-(3**100)))
print(hex(3**100), oct(3**100), bin(3**50))
print(format(7**40, ","), format(7**40, "_"), format(-7**40, "+,"), format(7**40, "x"))
print(f"{2**100:>40d}|{2**100:<40}|{2**100:^40}|")
print(f"{-2**100:040d}", f"{2**100: }", f"{2**100:e}", f"{2**100:.3%}")
print(f"{2**100:n}", "%s %r %d %i %u" % (2**70, 2**70, 2**70, -2**70, 2**70))
print("%x %X %o %#x %#o %.40d" % (2**70, 2**70, 2**70, 2**70, 2**70, 2**70))
print("%25d|%-25d|%+d" % (2**70, 2**70, 2**70))
for bad in ("1" * 20 + "x", "0x", "12_", "1__0", "9" * 30 + ".5"):
    try:
        int(bad)
    except ValueError as exc:
        print(exc)
