# Quadratic roots over the complex numbers, without cmath.
def solve(a, b, c):
    disc = b * b - 4 * a * c
    root = disc ** 0.5  # a complex number when disc < 0
    return (-b + root) / (2 * a), (-b - root) / (2 * a)


for coeffs in ((1, -3, 2), (1, 2, 5), (1, 0, 1), (2, 4, 2), (1, 1, 1), (1, -2, 10)):
    r1, r2 = solve(*coeffs)
    print(coeffs, "->", r1, r2, type(r1).__name__)
    a, b, c = coeffs
    residual = abs(a * r1 * r1 + b * r1 + c)
    print("  residual below 1e-12:", residual < 1e-12)
print((-4) ** 0.5, (-1) ** 0.5, (-8) ** (1 / 3), (-2.0) ** 1.5)
