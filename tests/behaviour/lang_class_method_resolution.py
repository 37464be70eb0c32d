# Which definition wins: class attributes and methods along a diamond's MRO.
class Root:
    greeting = "root"

    def who(self):
        return "Root"

    def chain(self):
        return ["Root"]


class Left(Root):
    def who(self):
        return "Left"

    def chain(self):
        return ["Left"] + super().chain()


class Right(Root):
    greeting = "right"

    def who(self):
        return "Right"

    def chain(self):
        return ["Right"] + super().chain()


class Bottom(Left, Right):
    def chain(self):
        return ["Bottom"] + super().chain()


class Other(Right, Left):
    pass


b = Bottom()
print(b.who(), b.greeting, b.chain())
print(Other().who(), Other().greeting, Other().chain())
Root.greeting = "changed"
Right.greeting = "right2"
print(Bottom.greeting, Left.greeting)
del Right.greeting
print(Bottom.greeting)
Left.extra = lambda self: "added later"
print(b.extra(), hasattr(Other(), "extra"))
print([c.__name__ for c in Bottom.__mro__], [c.__name__ for c in Other.__mro__])
print(Bottom.__dict__.get("who"), "chain" in Bottom.__dict__)
