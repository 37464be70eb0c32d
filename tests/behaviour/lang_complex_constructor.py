# complex() from numbers, strings and other complex values.
print(complex(), complex(3), complex(2.5, -1), complex(1, 2j), complex(1j, 1j), complex(2j), complex(True, False))
for text in ("1+2j", "-1.5-2.25j", "  3j  ", "(4-5j)", " ( 6+7J ) ", "j", "-j", "+J", "1e3+1e-3j", "inf-nanj",
             "-2", "0.5", "1+j", "2-j", "nanj"):
    print(repr(text), "->", complex(text))
for text in ("1+2", "j1", "1 + 2j", "", "()", "(1+2j", "1+2jj", "1__0j", "abc", "0x10j"):
    try:
        complex(text)
    except ValueError as exc:
        print(repr(text), "->", exc)
for args in (("1", 2), (1, "2"), ([1],), (None,), ({},)):
    try:
        complex(*args)
    except TypeError as exc:
        print(args, "->", exc)


class Celsius:
    def __init__(self, degrees):
        self.degrees = degrees

    def __float__(self):
        return float(self.degrees)


class Phasor:
    def __complex__(self):
        return 3 - 4j


print(complex(Celsius(21)), complex(Phasor()), complex(Phasor(), 1), abs(complex(Phasor())))
