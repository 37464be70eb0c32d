# BaseExceptionGroup for non-Exception members (KeyboardInterrupt,
# SystemExit): except* KeyboardInterrupt, and `except Exception` not
# catching a BaseExceptionGroup.
bg = BaseExceptionGroup("shutdown", [KeyboardInterrupt(), ValueError("late")])
print(type(bg).__name__, isinstance(bg, Exception))

try:
    try:
        raise bg
    except Exception:
        print("never: not an Exception")
except BaseException as e:
    print("caught by BaseException:", repr(e))

try:
    raise bg
except* KeyboardInterrupt as k:
    print("interrupt part:", type(k).__name__, repr(k))
except* ValueError as v:
    print("value part:", type(v).__name__, repr(v))

m, r = bg.split(KeyboardInterrupt)
print(type(m).__name__, type(r).__name__)
print(repr(bg.subgroup(ValueError)), type(bg.subgroup(ValueError)).__name__)

try:
    raise SystemExit(3)
except* SystemExit as se:
    print("SystemExit wrapped:", type(se).__name__, se.exceptions[0].args)
