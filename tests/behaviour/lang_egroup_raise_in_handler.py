# Raising inside an except* clause: the new exception and the unhandled
# rest are combined into a new group (CPython's _PyExc_PrepReraiseStar);
# a bare raise re-raises the clause's part in its original place.
def demo(action):
    try:
        try:
            raise ExceptionGroup("orig", [ValueError("v"), TypeError("t")])
        except* ValueError as eg:
            if action == "raise new":
                raise RuntimeError("handler failed")
            if action == "reraise":
                raise
            if action == "raise from":
                raise KeyError("converted") from eg
            print("handled quietly")
    except BaseException as e:
        print(type(e).__name__, repr(e))
        if hasattr(e, "exceptions"):
            for sub in e.exceptions:
                ctx = sub.__context__
                print("   ", repr(sub), "context:", repr(ctx), "cause:", repr(sub.__cause__))


for action in ["quiet", "raise new", "reraise", "raise from"]:
    print("==", action)
    demo(action)

try:
    try:
        raise ExceptionGroup("two", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError:
        raise
except ExceptionGroup as eg:
    print("both re-raised keep the original group:", repr(eg))
