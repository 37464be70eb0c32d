# Float introspection: nextafter, ulp, copysign, frexp, isfinite, isnan, special values.
import math

print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0), math.nextafter(5, 5))
print(math.ulp(1.0), math.ulp(1e16), math.ulp(0.0), math.ulp(-3.5), math.ulp(math.inf), math.ulp(1.7976931348623157e308))
print(math.copysign(3, -0.0), math.copysign(-2.5, 1), math.copysign(math.inf, -1), math.fabs(-7), math.fabs(-0.0))
print(math.frexp(0.1), math.frexp(-8), math.frexp(0.0), math.frexp(math.inf), math.ldexp(0.8, 3), math.ldexp(1, -1075))
print(math.isfinite(1e308), math.isfinite(math.inf), math.isinf(-math.inf), math.isnan(math.nan), math.isnan(1))
print(math.inf, -math.inf, math.nan, math.pi, math.e, math.tau, math.inf > 10 ** 400, math.nan == math.nan)
print(math.fmod(-7, 3), -7 % 3, math.remainder(7, 4), math.remainder(5, 2), math.remainder(-5, 2), math.remainder(3, math.inf))
print(math.erf(0.5), math.erfc(0.5), math.erf(3), math.gamma(0.5) ** 2, math.gamma(6), math.lgamma(100), math.gamma(-1.5))
print(math.gamma(171.5), math.lgamma(0.001), math.gamma(1e-25), math.lgamma(-0.5), math.gamma(25.5))
print(math.sinh(1), math.cosh(1), math.tanh(1), math.asinh(1), math.acosh(2), math.atanh(0.5))
