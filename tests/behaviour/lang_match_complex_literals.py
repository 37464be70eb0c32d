# Complex literals in match patterns: `case 1+2j:` and `case -1j:` are
# value patterns compared with ==, so ints, floats and complex numbers that
# are equal all match.
def classify(z):
    match z:
        case 0j:
            return "origin"
        case 1+0j:
            return "one"
        case 1j:
            return "i"
        case -1j:
            return "minus i"
        case 3+4j | 3-4j:
            return "modulus five (conjugates)"
        case -2.5+0.5j:
            return "float parts"
        case 1e3-1e-3j:
            return "exponents"
        case _:
            return f"other {z!r}"


for value in [0, 0.0, 0j, 1, 1.0, True, 1j, complex(0, -1), -1j, 3 + 4j, 3 - 4j, complex(-2.5, 0.5),
              1000 - 0.001j, 2j, "1j"]:
    print(repr(value), "->", classify(value))


# Roots of unity and the like, in a small calculator.
def describe_root(root):
    match root:
        case 1 | -1:
            return "real root"
        case 1j | -1j:
            return "imaginary unit"
        case 0.5+0.8660254037844386j | 0.5-0.8660254037844386j:
            return "sixth root of unity"
        case complex(real=r, imag=i) if i == 0:
            return f"real-valued complex {r}"
        case complex():
            return "some complex root"
        case _:
            return "not a number"


# The fourth roots of unity, then the same rounded the way a numeric
# routine would leave them.
roots = [1, 1j, -1, -1j]
almost = [complex(1, 0), complex(6.123233995736766e-17, 1), complex(-1, 1.2246467991473532e-16), complex(0, -1)]
for k, (exact, approx) in enumerate(zip(roots, almost)):
    print(k, describe_root(exact).ljust(16), describe_root(approx))
print(describe_root(complex(0.5, 0.8660254037844386)), describe_root(complex(7, 0)), describe_root("x"))


# In sequences and as mapping keys.
def signal(sample):
    match sample:
        case [0j, 0j]:
            return "silence"
        case [1+1j, *rest]:
            return f"marker then {len(rest)} samples"
        case {1j: label}:
            return f"tagged {label}"
        case {-1-1j: label, 0: zero}:
            return f"negative corner {label} / {zero}"
        case _:
            return "noise"


print(signal([0, 0.0]))
print(signal((1 + 1j, 2, 3)))
print(signal({1j: "north"}))
print(signal({complex(-1, -1): "sw", 0j: "centre"}))
print(signal({1: "east"}))

# The subject is compared with ==, so a custom __eq__ takes part.
class Phasor:
    def __init__(self, z):
        self.z = z

    def __eq__(self, other):
        return isinstance(other, complex) and abs(self.z - other) < 1e-9

    __hash__ = None


match Phasor(complex(2, -3) + 1e-12):
    case 2-3j:
        print("phasor matched 2-3j")
    case _:
        print("no match")
