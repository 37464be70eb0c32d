# exception classes and their bases: LookupError, ArithmeticError, OSError family
checks = [
    (KeyError("k"), LookupError), (IndexError("i"), LookupError),
    (ZeroDivisionError("z"), ArithmeticError), (ConnectionRefusedError("c"), ConnectionError),
    (ConnectionResetError("r"), OSError), (ConnectionError("c"), OSError),
    (ValueError("v"), Exception), (Exception("e"), BaseException),
    (StopIteration(), Exception), (RuntimeError("r"), Exception), (TypeError("t"), ValueError),
]
for exc, base in checks:
    print(type(exc).__name__, "is a", base.__name__ + ":", isinstance(exc, base))
try:
    raise ConnectionRefusedError("nobody home")
except OSError as e:
    print("caught as OSError:", type(e).__name__, e)
try:
    {}["x"]
except LookupError as e:
    print("caught as LookupError:", repr(e))
