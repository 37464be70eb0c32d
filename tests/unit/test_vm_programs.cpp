// Generated from snippets run through CPython 3.11 (expected output beside each).
#include <doctest/doctest.h>

#include "vm_test_util.h"

using vmtest::run;

TEST_SUITE("vm_programs") {
  TEST_CASE("closures") {
    CHECK_PROGRAM(R"PY(def make_counter():
    n = 0
    def inc(by=1):
        nonlocal n
        n += by
        return n
    return inc
c = make_counter()
print(c(), c(), c(5))
def outer():
    x = 1
    def mid():
        def inner():
            return x + 1
        return inner()
    return mid()
print(outer())
fs = [lambda i=i: i * 2 for i in range(3)]
print([f() for f in fs])
g = 10
def setg():
    global g
    g = 20
setg()
print(g)
)PY", R"PY(1 2 7
2
[0, 2, 4]
20
)PY");
  }
  TEST_CASE("args") {
    CHECK_PROGRAM(R"PY(def f(a, b=2, *args, c, d=4, **kw):
    print(a, b, args, c, d, kw)
f(1, c=3)
f(1, 5, 6, 7, c=8, e=9)
def g(*, x):
    return x
print(g(x=3))
def h(a, b):
    return a - b
print(h(b=1, a=5), h(*[4, 1]), h(**{"a": 9, "b": 2}))
args = (1, 2)
print(h(*args))
)PY", R"PY(1 2 () 3 4 {}
1 5 (6, 7) 8 4 {'e': 9}
3
4 3 7
-1
)PY");
  }
  TEST_CASE("arg_errors") {
    CHECK_PROGRAM(R"PY(def f(x, y):
    pass
for call in [lambda: f(1), lambda: f(1, 2, 3), lambda: f(1, y=2, z=3), lambda: f(1, 2, y=3), lambda: f()]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
class A:
    def m(self, x):
        return x
try:
    A().m()
except TypeError as e:
    print(e)
try:
    5()
except TypeError as e:
    print(e)
def k(*, a):
    pass
try:
    k()
except TypeError as e:
    print(e)
)PY", R"PY(TypeError: f() missing 1 required positional argument: 'y'
TypeError: f() takes 2 positional arguments but 3 were given
TypeError: f() got an unexpected keyword argument 'z'
TypeError: f() got multiple values for argument 'y'
TypeError: f() missing 2 required positional arguments: 'x' and 'y'
A.m() missing 1 required positional argument: 'x'
'int' object is not callable
k() missing 1 required keyword-only argument: 'a'
)PY");
  }
  TEST_CASE("control") {
    CHECK_PROGRAM(R"PY(for i in range(5):
    if i == 1:
        continue
    if i == 3:
        break
    print("i", i)
else:
    print("no")
for i in range(2):
    pass
else:
    print("else ran")
n = 0
while n < 3:
    n += 1
else:
    print("while else", n)
while True:
    n -= 1
    if n == 0:
        break
print(n)
x = 5
print("big" if x > 3 else "small", 0 < x < 10, 0 < x > 10, 1 < 2 < 3 < 4)
print(x and 0, x or 0, not x, None or "d", 0 and 1)
)PY", R"PY(i 0
i 2
else ran
while else 3
0
big True False True
0 5 False d 0
)PY");
  }
  TEST_CASE("unpack") {
    CHECK_PROGRAM(R"PY(a, b = 1, 2
a, b = b, a
print(a, b)
(c, d), e = [3, 4], 5
print(c, d, e)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abc"
print(init, last)
h, *m, t = (1, 2)
print(h, m, t)
for k, v in [("a", 1), ("b", 2)]:
    print(k, v)
try:
    x, y = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    x, y, z = [1, 2]
except ValueError as e:
    print(e)
try:
    x, y = 5
except TypeError as e:
    print(e)
print([*range(3), *"ab"], (*[1], 2), {**{"a": 1}, "b": 2})
)PY", R"PY(2 1
3 4 5
1 [2, 3, 4]
['a', 'b'] c
1 [] 2
a 1
b 2
too many values to unpack (expected 2)
not enough values to unpack (expected 3, got 2)
cannot unpack non-iterable int object
[0, 1, 2, 'a', 'b'] (1, 2) {'a': 1, 'b': 2}
)PY");
  }
  TEST_CASE("augassign") {
    CHECK_PROGRAM(R"PY(x = 1
x += 2
x *= 3
x -= 1
x //= 2
x **= 2
print(x)
l = [1]
l2 = l
l += [2]
print(l, l2, l is l2)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
class P:
    pass
p = P()
p.v = 1
p.v += 10
print(p.v)
d = {"k": 1}
d["k"] += 5
d["n"] = d.get("n", 0) if hasattr(d, "get") else 0
print(d["k"])
s = "a"
s += "b"
print(s)
)PY", R"PY(16
[1, 2] [1, 2] True
(1, 2) (1,)
11
6
ab
)PY");
  }
  TEST_CASE("collections") {
    CHECK_PROGRAM(R"PY(l = [3, 1, 2]
print(l[0], l[-1], l[1:], l[::-1], l[::2], len(l))
l[0] = 9
del l[1]
print(l)
d = {"a": 1, "b": 2}
d["c"] = 3
del d["a"]
print(d, len(d), "b" in d, "a" in d, d["b"])
s = {3, 1, 2, 1}
print(s, 2 in s, len(s))
print({5, 100, 37, 8, 64, 1})
t = (1, 2, 3)
print(t[1], t[-2:], 2 in t, t == (1, 2, 3), t < (1, 3), [1, 2] < [1, 2, 0])
print({1: "a", 1.0: "b", True: "c"})
print("abc"[1], "abc"[-1], "hello"[1:4], "héllo"[1], len("héllo"))
print([[1, 2], [3]], {"k": [1, {"z": None}]}, (1,), ())
print(set(), {}, [], "a" "b")
try:
    l[10]
except IndexError as e:
    print(e)
try:
    d["zz"]
except KeyError as e:
    print(repr(e), e)
)PY", R"PY(3 2 [1, 2] [2, 1, 3] [3, 2] 3
[9, 2]
{'b': 2, 'c': 3} 2 True False 2
{1, 2, 3} True 3
{64, 1, 100, 5, 37, 8}
2 (2, 3) True True True True
{1: 'c'}
b c ell é 5
[[1, 2], [3]] {'k': [1, {'z': None}]} (1,) ()
set() {} [] ab
list index out of range
KeyError('zz') 'zz'
)PY");
  }
  TEST_CASE("comprehensions") {
    CHECK_PROGRAM(R"PY(print([x * x for x in range(5) if x % 2 == 0])
print({x: x * 2 for x in range(3)})
print({x % 3 for x in range(10)})
print([(i, j) for i in range(3) for j in range(i)])
print(sum(x for x in [1, 2, 3]) if False else [x for x in (y + 1 for y in range(3))])
x = "outer"
r = [x for x in range(2)]
print(x, r)
def gen():
    yield 1
    yield 2
    return 3
g = gen()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
print(list(gen()))
def countdown(n):
    while n > 0:
        yield n
        n -= 1
print([v for v in countdown(3)])
)PY", R"PY([0, 4, 16]
{0: 0, 1: 2, 2: 4}
{0, 1, 2}
[(1, 0), (2, 0), (2, 1)]
[1, 2, 3]
outer [0, 1]
1 2
stop 3
[1, 2]
[3, 2, 1]
)PY");
  }
  TEST_CASE("classes") {
    CHECK_PROGRAM(R"PY(class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def __repr__(self):
        return f"Animal({self.name!r})"
class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def speak(self):
        return super().speak() + " (woof)"
    def __str__(self):
        return f"Dog {self.name}"
d = Dog("Rex", "lab")
print(d.speak(), d.kind, d.breed)
print(d, repr(d), [d])
print(isinstance(d, Animal), isinstance(d, Dog), isinstance(Animal("x"), Dog), type(d).__name__, type(d) is Dog)
print(Dog.__name__, Dog.kind)
Animal.kind = "beast"
print(d.kind)
class V:
    def __init__(self, x):
        self.x = x
    def __eq__(self, o):
        return isinstance(o, V) and self.x == o.x
    def __lt__(self, o):
        return self.x < o.x
    def __hash__(self):
        return hash(self.x)
    def __add__(self, o):
        return V(self.x + o.x)
    def __len__(self):
        return self.x
    def __repr__(self):
        return "V(%s)" % self.x if False else "V(" + repr(self.x) + ")"
print(V(1) == V(1), V(1) != V(2), V(1) < V(2), V(3) > V(2), (V(1) + V(2)).x, len(V(4)), bool(V(0)))
print({V(1): "a"}[V(1)])
class E:
    pass
e = E()
try:
    e.missing
except AttributeError as ex:
    print(ex)
try:
    E(1)
except TypeError as ex:
    print(ex)
class C:
    count = 0
    def __init__(self):
        C.count += 1
    def s(x):
        return x * 2
    s = staticmethod(s)
    def make(cls):
        return cls()
    make = classmethod(make)
    def _p(self):
        return 42
    p = property(_p)
C(); C.make()
print(C.count, C.s(4), C().p)
class U:
    def __eq__(self, o):
        return True
try:
    hash(U())
except TypeError as ex:
    print(ex)
)PY", R"PY(Rex makes a sound (woof) animal lab
Dog Rex Animal('Rex') [Animal('Rex')]
True True False Dog True
Dog animal
beast
True True True True 3 4 False
a
'E' object has no attribute 'missing'
E() takes no arguments
2 8 42
unhashable type: 'U'
)PY");
  }
  TEST_CASE("exceptions") {
    CHECK_PROGRAM(R"PY(class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"missing {key}")
        self.key = key
try:
    raise NotFound("k")
except AppError as e:
    print(type(e).__name__, e, e.key, e.args, repr(e))
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("bad") from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
try:
    try:
        {}["x"]
    except KeyError:
        raise RuntimeError("during")
except RuntimeError as e:
    print(repr(e.__context__))
def f():
    try:
        return "try"
    finally:
        print("finally runs")
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("fin", i)
g()
try:
    raise (TypeError, ValueError)[1]("x")
except (TypeError, ValueError) as e:
    print("tuple", e)
try:
    e
except NameError as ex:
    print(ex)
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise
except KeyError as e:
    print("reraised", repr(e))
try:
    assert 1 == 2, "math"
except AssertionError as e:
    print("assert", e)
try:
    assert False
except AssertionError as e:
    print("assert2", repr(e))
try:
    x = undefined_name
except NameError as e:
    print(e)
def ul():
    print(v)
    v = 1
try:
    ul()
except UnboundLocalError as e:
    print(e)
try:
    None.x
except AttributeError as e:
    print(e)
try:
    1 + "a"
except TypeError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    1 < "a"
except TypeError as e:
    print(e)
try:
    [1] < (1,)
except TypeError as e:
    print(e)
for expr in ["1/0", "1//0", "1%0", "1.0/0", "2**-1"]:
    pass
try:
    1 // 0
except ZeroDivisionError as e:
    print(e)
try:
    1.5 / 0
except ZeroDivisionError as e:
    print(e)
try:
    raise Exception
except Exception as e:
    print(repr(e), str(e) == "")
print(repr(ValueError("a", 1)), str(ValueError("a", 1)), repr(KeyError("k")), str(KeyError("k")))
try:
    raise 5
except TypeError as e:
    print(e)
else:
    print("no")
try:
    pass
except Exception:
    print("x")
else:
    print("else")
finally:
    print("finally")
eg = ExceptionGroup("unhandled errors in a TaskGroup", [ValueError("v")])
print(str(eg), eg.exceptions, eg.message, isinstance(eg, Exception))
)PY", R"PY(NotFound missing k k ('missing k',) NotFound('missing k')
ValueError('bad') ZeroDivisionError('division by zero') True
KeyError('x')
finally runs
try
fin 0
fin 1
fin 2
tuple x
name 'e' is not defined
reraised KeyError('a')
assert math
assert2 AssertionError()
name 'undefined_name' is not defined
cannot access local variable 'v' where it is not associated with a value
'NoneType' object has no attribute 'x'
unsupported operand type(s) for +: 'int' and 'str'
can only concatenate str (not "int") to str
'<' not supported between instances of 'int' and 'str'
'<' not supported between instances of 'list' and 'tuple'
integer division or modulo by zero
float division by zero
Exception() True
ValueError('a', 1) ('a', 1) KeyError('k') 'k'
exceptions must derive from BaseException
else
finally
unhandled errors in a TaskGroup (1 sub-exception) (ValueError('v'),) unhandled errors in a TaskGroup True
)PY");
  }
  TEST_CASE("with") {
    CHECK_PROGRAM(R"PY(class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        return self.suppress
with CM("a") as c:
    print("body", c.name)
with CM("b", True):
    raise ValueError("boom")
print("after")
try:
    with CM("c"), CM("d"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))
def f():
    with CM("e"):
        return 1
print(f())
for i in range(2):
    with CM(str(i)):
        if i == 0:
            continue
        break
)PY", R"PY(enter a
body a
exit a None None
enter b
exit b ValueError boom
after
enter c
enter d
exit d KeyError 'k'
exit c KeyError 'k'
caught KeyError('k')
enter e
exit e None None
1
enter 0
exit 0 None None
enter 1
exit 1 None None
)PY");
  }
  TEST_CASE("fstrings") {
    CHECK_PROGRAM(R"PY(x = 3
name = "bob"
print(f"x={x} name={name!r} {x + 1} {'lit'} {{brace}} {[1, 2]}")
print(f"{name}" + f"{x!s}" + f"")
)PY", R"PY(x=3 name='bob' 4 lit {brace} [1, 2]
bob3
)PY");
  }
  TEST_CASE("misc") {
    CHECK_PROGRAM(R"PY(print(__name__)
if __name__ == "__main__":
    print("main")
print(type(1).__name__, type(1.0).__name__, type("").__name__, type(None).__name__, type([]).__name__, type(True).__name__)
print(1 is 1, None is None, [] is [], "a" in "cat", 3 not in [1, 2])
def fn():
    pass
print(fn.__name__, callable(fn), callable(1), fn() is None)
print(getattr(fn, "__name__"), getattr(fn, "nope", "default"), hasattr(1, "x"))
x = [1, 2]
del x[0]
print(x)
a = b = 5
print(a, b)
print(-5 // 2, -5 % 2, 5 % -2, 2 ** 0.5, 10 / 4, 7.5 // 2, -7.5 % 2, 1e300 * 10, abs if False else 0)
print(0.1, 1.0, 100.0, 1e22, 1.23456789012345678, 123456789.0, 0.0001, 0.00001, -2.5)
print(~5, -(-3), +4, 1 << 10, 1024 >> 3, 6 & 3, 6 | 3, 6 ^ 3, True & False, True | False)
print(int is type(3), isinstance(True, int), issubclass(bool, int), isinstance(1, (str, int)))
print(repr("it's"), repr('say "hi"'), repr("tab\there\n"), repr(b"ab\x00"), "x\ty")
y = 2
y = y if y else 0
print(y)
)PY", R"PY(__main__
main
int float str NoneType list bool
True True False True True
fn True False True
fn default False
[2]
5 5
-3 1 -1 1.4142135623730951 2.5 3.0 0.5 1e+301 0
0.1 1.0 100.0 1e+22 1.2345678901234567 123456789.0 0.0001 1e-05 -2.5
-6 3 4 1024 128 2 7 5 False True
True True True True
"it's" 'say "hi"' 'tab\there\n' b'ab\x00' x	y
2
)PY");
  }
  TEST_CASE("recursion") {
    CHECK_PROGRAM(R"PY(def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print("RecursionError", e)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(20))
)PY", R"PY(RecursionError maximum recursion depth exceeded
6765
)PY");
  }
  TEST_CASE("overflow") {
    CHECK_PROGRAM(R"PY(print(2 ** 62, -2 ** 62 * 2, 9223372036854775807)
)PY", R"PY(4611686018427387904 -9223372036854775808 9223372036854775807
)PY");
  }
  TEST_CASE("generators_more") {
    CHECK_PROGRAM(R"PY(def g():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")
for v in g():
    print(v)
it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
def squares(n):
    for i in range(n):
        yield i * i
print(list(squares(4)) if False else [s for s in squares(4)])
)PY", R"PY(1
2
gen cleanup
1 2 done
[0, 1, 4, 9]
)PY");
  }
  TEST_CASE("scopes") {
    CHECK_PROGRAM(R"PY(x = 1
class K:
    x = 2
    y = x + 1
    def m(self):
        return x
print(K.y, K().m())
def f():
    a = 1
    class Inner:
        b = a + 1
    return Inner.b
print(f())
def outer():
    v = "v"
    return [v for _ in range(2)]
print(outer())
def shadow():
    total = 0
    for i in range(3):
        total += i
    return total, i
print(shadow())
)PY", R"PY(3 1
2
['v', 'v']
(3, 2)
)PY");
  }
  TEST_CASE("traceback_text") {
    CHECK_PROGRAM(R"PY(def inner():
    raise ValueError("deep")
def outer():
    inner()
outer()
)PY", R"PY(!ValueError: deep)PY");
  }
  TEST_CASE("try_finally_nested") {
    CHECK_PROGRAM(R"PY(def f(n):
    try:
        try:
            if n == 0:
                raise KeyError("k")
            return "ok"
        except KeyError as e:
            print("caught", repr(e))
            return "handled"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(f(0))
print(f(1))
def g():
    while True:
        try:
            return "from loop"
        finally:
            print("cleanup")
print(g())
def h():
    try:
        raise ValueError("x")
    except ValueError:
        try:
            raise TypeError("y")
        except TypeError as e:
            print("ctx", repr(e.__context__))
h()
try:
    try:
        raise ValueError("first")
    finally:
        print("finally before propagate")
except ValueError as e:
    print("outer got", e)
)PY", R"PY(caught KeyError('k')
inner finally
outer finally
handled
inner finally
outer finally
ok
cleanup
from loop
ctx ValueError('x')
finally before propagate
outer got first
)PY");
  }
}
