# floor, ceil, trunc and modf; objects that define __floor__/__ceil__/__trunc__.
import math

for x in [2.5, -2.5, 3.0, -0.1, 1e20, 7, True]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)
print(math.modf(3.75), math.modf(-2.5), math.modf(math.inf), math.frexp(12.0), math.ldexp(0.75, 4))
print(math.floor(2 ** 70 + 0.0), math.ceil(-1e25), math.trunc(12345678901234567890.5))


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __floor__(self):
        return self.cents // 100

    def __ceil__(self):
        return -(-self.cents // 100)

    def __trunc__(self):
        return int(self.cents / 100)


m = Money(-250)
print(math.floor(m), math.ceil(m), math.trunc(m))


class Celsius:
    def __init__(self, v):
        self.v = v

    def __float__(self):
        return float(self.v)


print(math.floor(Celsius(21.7)), math.ceil(Celsius(21.2)), math.sqrt(Celsius(16)))
for bad in [lambda: math.floor("3"), lambda: math.trunc("3"), lambda: math.floor(math.inf),
            lambda: math.ceil(math.nan), lambda: math.trunc(-math.inf), lambda: math.floor()]:
    try:
        bad()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
