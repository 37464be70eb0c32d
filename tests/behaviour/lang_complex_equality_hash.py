# Equality and hashing of complex numbers against ints and floats.
print(2 + 0j == 2, 2 == 2 + 0j, 2.5 + 0j == 2.5, 2 + 1e-300j == 2, 1j == 1j, 1j != 2j, 1j == "1j")
print(complex(2**53 + 1) == 2**53 + 1, complex(2**53) == 2**53, 2**100 + 0j == 2**100)
print(hash(2 + 0j) == hash(2), hash(2.5 + 0j) == hash(2.5), hash(1j), hash(-1j), hash(1 + 1j), hash(complex(-1, 0)))
print(hash(complex(0.5, 0.25)), hash(complex(-2.5, 1e10)), hash(complex(float("inf"), 0)))
table = {1: "int one", 2j: "two j"}
table[1 + 0j] = "complex one"
table[1.0] = "float one"
print(table, len(table))
print({1j, 1j + 0, complex(0, 1), 2j}, len({0j, 0, 0.0, -0.0, False}))
for op in ("<", ">=", ">"):
    try:
        if op == "<":
            1j < 2j
        elif op == ">=":
            1j >= 1
        else:
            2.0 > 1j
    except TypeError as exc:
        print(exc)
