class Mixin:
    pass


Twice = type("Twice", (Mixin, Mixin), {})
