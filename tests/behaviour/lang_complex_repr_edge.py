# The exact text of complex reprs: zeros, signs, infinities, nan, exponents.
values = [1j, -1j, 0j, -0j, complex(-0.0, 0.0), complex(0.0, -0.0), complex(-0.0, -0.0), 1 + 0j, 1 - 0j,
          complex(2, 3), complex(-2.5, 1e-5), complex(1e16, 1), complex(1e-7, -1e22), 1e16j, 123456789j,
          complex(float("inf"), 1), complex(1, float("-inf")), complex(float("nan"), float("nan")),
          complex(0, float("nan")), complex(-float("inf"), -float("inf")), complex(5), complex(-0.5)]
for v in values:
    print(repr(v), str(v), v.real, v.imag)
print([1 + 2j, 3j], (1j,), {"z": -1 - 1j})
