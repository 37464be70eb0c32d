# math's error messages: domain errors are ValueError, overflows OverflowError.
import math

cases = [
    ("sqrt(-1)", lambda: math.sqrt(-1)),
    ("log(0)", lambda: math.log(0)),
    ("log(-2, 10)", lambda: math.log(-2, 10)),
    ("log(10, 1)", lambda: math.log(10, 1)),
    ("log10(0)", lambda: math.log10(0)),
    ("log2(-1)", lambda: math.log2(-1)),
    ("log1p(-1)", lambda: math.log1p(-1)),
    ("acos(2)", lambda: math.acos(2)),
    ("asin(-1.5)", lambda: math.asin(-1.5)),
    ("atanh(1)", lambda: math.atanh(1)),
    ("acosh(0.5)", lambda: math.acosh(0.5)),
    ("exp(1000)", lambda: math.exp(1000)),
    ("exp2(5000)", lambda: math.exp2(5000)),
    ("expm1(800)", lambda: math.expm1(800)),
    ("cosh(1000)", lambda: math.cosh(1000)),
    ("sinh(-1000)", lambda: math.sinh(-1000)),
    ("pow(0, -1)", lambda: math.pow(0, -1)),
    ("pow(-8, 1/3)", lambda: math.pow(-8, 1 / 3)),
    ("pow(10, 400)", lambda: math.pow(10, 400)),
    ("fmod(1, 0)", lambda: math.fmod(1, 0)),
    ("fmod(inf, 2)", lambda: math.fmod(math.inf, 2)),
    ("remainder(1, 0)", lambda: math.remainder(1, 0)),
    ("ldexp(1, 5000)", lambda: math.ldexp(1.0, 5000)),
    ("ldexp(1, 2.0)", lambda: math.ldexp(1.0, 2.0)),
    ("gamma(0)", lambda: math.gamma(0)),
    ("gamma(-3)", lambda: math.gamma(-3)),
    ("gamma(200)", lambda: math.gamma(200)),
    ("lgamma(-2)", lambda: math.lgamma(-2)),
    ("sqrt('9')", lambda: math.sqrt("9")),
    ("sqrt(2**2000)", lambda: math.sqrt(2 ** 2000)),
    ("sin(inf)", lambda: math.sin(math.inf)),
    ("sqrt()", lambda: math.sqrt()),
    ("pow(1)", lambda: math.pow(1)),
    ("log()", lambda: math.log()),
    ("copysign('a', 1)", lambda: math.copysign("a", 1)),
]
for label, f in cases:
    try:
        print(label, "=", f())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(label, "->", type(e).__name__ + ":", e)
print(math.exp(-1000), math.pow(2, -1100), math.sqrt(math.inf), math.log(math.inf), math.pow(math.nan, 0))
print(math.pow(1, math.nan), math.fmod(5, math.inf), math.atan2(0.0, -0.0), math.atan2(math.inf, math.inf))
