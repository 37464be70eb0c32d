# Bases with no consistent order, duplicate bases, layout conflicts.
class A: pass
class B(A): pass
class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass

attempts = {
    "A before its subclass": lambda: type("C", (A, B), {}),
    "duplicate": lambda: type("C", (A, A), {}),
    "crossed": lambda: type("C", (P, Q), {}),
    "list and dict": lambda: type("C", (list, dict), {}),
    "str and tuple": lambda: type("C", (str, tuple), {}),
    "bool": lambda: type("C", (bool,), {}),
    "not a class": lambda: type("C", (A, 3), {}),
}
for label, make in attempts.items():
    try:
        make()
        print(label, "ok")
    except TypeError as e:
        print(label, "->", e)

try:
    class Broken(A, B):
        pass
except TypeError as e:
    print("class statement:", str(e).replace("\n", " "))

class Good(B, A): pass
print([k.__name__ for k in Good.__mro__])
class ErrMix(ValueError, KeyError): pass
print([k.__name__ for k in ErrMix.__mro__])
