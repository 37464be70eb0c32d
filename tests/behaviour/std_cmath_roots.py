# Complex roots and polar form with cmath: quadratic equations, roots of unity, AC circuits.
import cmath


def solve_quadratic(a, b, c):
    d = cmath.sqrt(b * b - 4 * a * c)
    return (-b + d) / (2 * a), (-b - d) / (2 * a)


for coeffs in [(1, -3, 2), (1, 2, 5), (1, 0, 1), (2, 4, 2)]:
    print(coeffs, solve_quadratic(*coeffs))
roots = [cmath.rect(1, 2 * cmath.pi * k / 6) for k in range(6)]
print([complex(round(z.real, 6), round(z.imag, 6)) for z in roots])
print(abs(sum(roots)) < 1e-12, cmath.isclose(roots[3], -1))
r, phi = cmath.polar(3 + 4j)
print(r, phi, cmath.rect(r, phi), cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.polar(1j))
resistance, reactance = 50.0, 30.0
impedance = complex(resistance, reactance)
magnitude, angle = cmath.polar(impedance)
print(f"|Z| = {magnitude:.3f} ohm at {angle * 180 / cmath.pi:.2f} degrees")
print(cmath.sqrt(-1), cmath.sqrt(-4 + 0j), cmath.sqrt(complex(-4, -0.0)), cmath.sqrt(2j), cmath.sqrt(1e-320 + 1e-320j))
print(cmath.exp(1j * cmath.pi), cmath.exp(1 + 2j), cmath.log(-1), cmath.log(1j), cmath.log10(100), cmath.log(8, 2))
print(cmath.log(1e-320), cmath.log(1e308 + 1e308j), cmath.log(0.9 + 0.5j), cmath.sqrt(float("inf")), cmath.exp(float("-inf")))
