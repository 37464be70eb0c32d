# super() inside comprehensions, lambdas and nested functions of a method.
class Base:
    def values(self):
        return [1, 2, 3]

    def scale(self, x):
        return x * 10


class Derived(Base):
    def values(self):
        base = super().values()
        doubled = [super(Derived, self).scale(v) for v in base]
        return doubled

    def later(self):
        get = lambda: super(Derived, self).values()
        return get()

    def nested(self):
        def helper():
            return super(Derived, self).scale(7)
        return helper()

    def sm():
        return super().values()
    sm = staticmethod(sm)

    def uses_class_cell(self):
        return __class__.__name__, type(self).__name__


class MoreDerived(Derived):
    pass


d = MoreDerived()
print(d.values(), d.later(), d.nested(), d.uses_class_cell())
try:
    Derived.sm()
except RuntimeError as e:
    print("RuntimeError:", e)
