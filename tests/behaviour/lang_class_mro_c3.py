# The C3 linearization on the classic examples.
O = object


class F(O): pass
class E(O): pass
class D(O): pass
class C(D, F): pass
class B(D, E): pass
class A(B, C): pass


def names(cls):
    return " ".join(k.__name__ for k in cls.__mro__)


for cls in (A, B, C, D, E, F):
    print(cls.__name__, "->", names(cls))


class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class Final(K1, K2, K3): pass

print(names(Final))
print(Final.__base__.__name__, [b.__name__ for b in Final.__bases__])
print(object.__mro__, object.__bases__, object.__base__)
print(bool.__mro__)
print(type.__mro__)
