# super() with zero and two arguments, in methods, classmethods and __new__.
class Base:
    created = []

    def greet(self):
        return f"Base.greet({type(self).__name__})"

    def make(cls, tag):
        cls.created.append(tag)
        return f"{cls.__name__}.make({tag})"
    make = classmethod(make)

    def helper(x):
        return x * 2
    helper = staticmethod(helper)


class Child(Base):
    def greet(self):
        return "Child/" + super().greet()

    def greet_explicit(self):
        return "explicit/" + super(Child, self).greet()

    def make(cls, tag):
        return "Child/" + super().make(tag)
    make = classmethod(make)

    def twice(self):
        return super().helper(21)


class GrandChild(Child):
    def greet(self):
        return "GrandChild/" + super().greet()

    def skip(self):
        return super(Child, self).greet()


g = GrandChild()
print(g.greet())
print(g.greet_explicit())
print(g.skip())
print(GrandChild.make("a"))
print(Child.make("b"))
print(Base.created)
print(g.twice())
print(super(Child, g).greet())
print(super(GrandChild, GrandChild).make("c"))
sup = super(Child, g)
print(sup)
print(super(GrandChild, GrandChild))
