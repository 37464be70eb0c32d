# Constructing groups: the message and exceptions, the BaseExceptionGroup ->
# ExceptionGroup upgrade, nesting, and each construction error.
eg = ExceptionGroup("several", [ValueError(1), TypeError("two")])
print(repr(eg))
print(str(eg))
print(eg.message, eg.exceptions, eg.args)
print(type(eg.exceptions).__name__, len(eg.exceptions))

one = ExceptionGroup("single", (KeyError("k"),))
print(str(one), repr(one))

upgraded = BaseExceptionGroup("all exceptions", [ValueError(), OSError(2, "nope")])
print(type(upgraded).__name__)

base = BaseExceptionGroup("has a base exception", [ValueError(), KeyboardInterrupt()])
print(type(base).__name__, repr(base))

nested = ExceptionGroup("outer", [ExceptionGroup("inner", [ValueError("deep")]), ZeroDivisionError("z")])
print(repr(nested))
print(nested.exceptions[0].exceptions[0])

bad = [
    ("missing", lambda: ExceptionGroup("x")),
    ("not str", lambda: ExceptionGroup(1, [ValueError()])),
    ("empty", lambda: ExceptionGroup("x", [])),
    ("not sequence", lambda: ExceptionGroup("x", ValueError())),
    ("set", lambda: ExceptionGroup("x", {1})),
    ("not exception", lambda: ExceptionGroup("x", [ValueError(), "oops"])),
    ("class not instance", lambda: ExceptionGroup("x", [ValueError])),
    ("base in ExceptionGroup", lambda: ExceptionGroup("x", [SystemExit(1)])),
]
for label, make in bad:
    try:
        make()
    except (TypeError, ValueError) as e:
        print(f"{label}: {type(e).__name__}: {e}")

print(isinstance(eg, Exception), isinstance(base, Exception), isinstance(base, BaseException))
try:
    raise eg
except Exception as caught:
    print("except Exception catches an ExceptionGroup:", caught is eg)
