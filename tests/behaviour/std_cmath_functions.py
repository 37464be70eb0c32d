# The trigonometric and hyperbolic functions of cmath, with their error messages.
import cmath

z = 1 + 1j
for name in ["sin", "cos", "tan", "sinh", "cosh", "tanh", "asin", "acos", "atan", "asinh", "acosh", "atanh"]:
    print(name, getattr(cmath, name)(z), getattr(cmath, name)(0.5))
print(cmath.asin(2), cmath.acos(2), cmath.acosh(0), cmath.asinh(1j), cmath.atanh(2), cmath.atan(2j))
print(cmath.acos(1e300), cmath.asinh(-1e300), cmath.atanh(1e300), cmath.tanh(1000), cmath.cosh(700 + 1j))
print(cmath.isfinite(1 + 2j), cmath.isinf(complex(1, float("inf"))), cmath.isnan(cmath.nanj), cmath.infj, cmath.nanj)
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.isclose(1, 1 + 1e-10j), cmath.isclose(1j, 1.1j, rel_tol=0.1))


class Phasor:
    def __init__(self, z):
        self.z = z

    def __complex__(self):
        return self.z


print(cmath.phase(Phasor(1j)), cmath.sqrt(Phasor(complex(-9))))
for bad in [lambda: cmath.log(0), lambda: cmath.log(1, 1), lambda: cmath.log(1, 0), lambda: cmath.atanh(1),
            lambda: cmath.atan(1j), lambda: cmath.exp(1000), lambda: cmath.cosh(1000), lambda: cmath.sinh(1000j + 1000),
            lambda: cmath.exp(complex(710, 1)), lambda: cmath.sqrt("a"), lambda: cmath.sqrt(), lambda: cmath.rect(1),
            lambda: cmath.isclose(1, 2, abs_tol=-1)]:
    try:
        bad()
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
