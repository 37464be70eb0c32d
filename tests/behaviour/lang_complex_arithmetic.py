# Arithmetic between complex, float, int and big int operands.
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, b / a, a ** 2, a ** -1, a ** 0, a ** 0.5)
print(a + 1, 1 + a, a - 2.5, 2.5 - a, a * 2, 2 * a, a / 2, 2 / a, True + a, a * False)
print(a + 2**70, (2**70) * 1j, 1j ** 3, 1j ** 4, (1 + 1j) ** 8, (1 + 1j) ** -2, 2 ** (1 + 1j))
print((1 + 2j) ** (3 - 1j), 0j ** 0, 0j ** 2, 1j ** 0.5, (-1 + 0j) ** (1 / 3), (2 + 0j) ** 101)
z = 1 + 1j
z += 1
z *= 2j
z -= 0.5
z /= 1 - 1j
z **= 2
print(z)
print(abs(3 + 4j), abs(-5j), abs(1e300 + 1e300j), abs(complex(float("inf"), float("nan"))), abs(complex(float("nan"), 1)))
print(-(1 + 2j), +(1 - 2j), (1 + 2j).conjugate(), (5j).conjugate(), 1j.imag, (2 - 3j).real)
print(sum([1j, 2j, 3]), sum((0.5j for _ in range(4)), 1), sorted([3j, 1j, 2j], key=abs))
