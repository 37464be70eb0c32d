# What CPython says when super() is misused.
class A:
    def method(self):
        return "A.method"


class B(A):
    def missing(self):
        return super().nothing_here

    def method(self):
        return super().method()


def plain_function():
    return super()


cases = [
    ("wrong instance", lambda: super(B, 42)),
    ("str and int", lambda: super(str, 0)),
    ("not a type", lambda: super(1, B())),
    ("no arguments outside a class", plain_function),
    ("missing attribute", lambda: B().missing()),
    ("unrelated class", lambda: super(B, A())),
]
for label, f in cases:
    try:
        f()
        print(label, "ok")
    except (TypeError, RuntimeError, AttributeError) as e:
        print(label, "->", type(e).__name__, e)

print(B().method())
print(super(B, B()).method())
