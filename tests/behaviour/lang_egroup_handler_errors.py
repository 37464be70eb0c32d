# Errors in except* clauses: a clause that raises, one that raises from the
# group, two clauses that both raise, and the context each new error gets.
def run(label, clauses):
    print("==", label)
    try:
        try:
            raise ExceptionGroup("work", [ValueError("v"), TypeError("t"), KeyError("k")])
        except* ValueError as eg:
            clauses.get("value", lambda g: None)(eg)
        except* TypeError as eg:
            clauses.get("type", lambda g: None)(eg)
    except BaseException as e:
        print(type(e).__name__, repr(e))
        for sub in getattr(e, "exceptions", ()):
            print("  ", repr(sub), "| context:", repr(sub.__context__))


def fail(msg):
    def clause(eg):
        raise RuntimeError(msg)
    return clause


def wrap(eg):
    raise LookupError("wrapped") from eg


run("nothing raised", {})
run("value clause raises", {"value": fail("value handler broke")})
run("both clauses raise", {"value": fail("first"), "type": fail("second")})
run("raise from", {"type": wrap})
