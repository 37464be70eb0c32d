# A tiny Fraction class on big ints (gcd by Euclid, normalised signs).
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


class Fraction:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % num)
        g = gcd(num, den)
        if den < 0:
            g = -g
        self.num, self.den = num // g, den // g

    def __add__(self, other):
        return Fraction(self.num * other.den + other.num * self.den, self.den * other.den)

    def __mul__(self, other):
        return Fraction(self.num * other.num, self.den * other.den)

    def __eq__(self, other):
        return self.num == other.num and self.den == other.den

    def __float__(self):
        return self.num / self.den

    def __repr__(self):
        return f"Fraction({self.num}, {self.den})"


harmonic = Fraction(0)
for k in range(1, 60):
    harmonic = harmonic + Fraction(1, k)
print(harmonic)
print(float(harmonic))
e = Fraction(0)
term = Fraction(1)
for k in range(1, 40):
    e = e + term
    term = term * Fraction(1, k)
print(e.num.bit_length(), e.den.bit_length(), float(e))
print(Fraction(2**100, -(2**98)), Fraction(-(10**30), 4 * 10**29) == Fraction(-5, 2))
try:
    Fraction(2**70, 0)
except ZeroDivisionError as exc:
    print(exc)
