# except* clauses each take their part of the group; what nobody handles is
# raised again; a naked exception is wrapped in a group for the clause.
def risky(kind):
    if kind == "group":
        raise ExceptionGroup("mixed", [ValueError("v"), TypeError("t"), KeyError("k")])
    if kind == "naked":
        raise ValueError("just one")
    if kind == "nothing":
        return "ok"


for kind in ["group", "naked", "nothing"]:
    print("--", kind)
    try:
        try:
            print(risky(kind))
        except* ValueError as eg:
            print("ValueError part:", repr(eg))
        except* TypeError as eg:
            print("TypeError part:", repr(eg))
        else:
            print("else runs when nothing was raised")
        finally:
            print("finally runs")
    except ExceptionGroup as rest:
        print("left over:", repr(rest))

try:
    raise ExceptionGroup("all handled", [ValueError(1), ValueError(2)])
except* ValueError as eg:
    print("handled both:", eg.exceptions)
print("no exception escapes when everything is handled")

try:
    try:
        raise ExceptionGroup("g", [OSError("io")])
    except* (ValueError, TypeError):
        print("not reached")
except ExceptionGroup as eg:
    print("unmatched group passes through unchanged:", repr(eg))
