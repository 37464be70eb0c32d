# Class patterns and inheritance: isinstance decides, __match_args__ is
# inherited and can be overridden; keyword patterns need no __match_args__.
class Animal:
    __match_args__ = ("name",)

    def __init__(self, name, legs):
        self.name = name
        self.legs = legs


class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name, 4)
        self.breed = breed


class Bird(Animal):
    __match_args__ = ("name", "can_fly")

    def __init__(self, name, can_fly=True):
        super().__init__(name, 2)
        self.can_fly = can_fly


class Robot:
    def __init__(self, model):
        self.model = model
        self.legs = 6


def describe(x):
    match x:
        case Bird(name, False):
            return f"{name} is a flightless bird"
        case Bird(name, True):
            return f"{name} flies"
        case Dog(name, breed=b):
            return f"{name} is a {b}"
        case Animal(name, legs=n):
            return f"{name} walks on {n} legs"
        case Robot(model=m, legs=n):
            return f"robot {m} with {n} legs"


for x in [Bird("tweety"), Bird("pingu", False), Dog("rex", "beagle"), Animal("snake", 0), Robot("R2")]:
    print(describe(x))

try:
    match Robot("T1000"):
        case Robot(m):
            pass
except TypeError as e:
    print("TypeError:", e)

try:
    match Bird("kiwi", False):
        case Bird(a, b, c):
            pass
except TypeError as e:
    print("TypeError:", e)
