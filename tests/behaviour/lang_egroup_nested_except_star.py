# except* inside except*, groups inside groups, and the name bound by
# `as` being deleted when the clause ends (like a plain except).
def inner_work():
    raise ExceptionGroup("inner", [ValueError("iv"), KeyError("ik")])


try:
    try:
        inner_work()
    except* ValueError as outer_part:
        print("outer clause got", repr(outer_part))
        try:
            raise ExceptionGroup("nested", [TypeError("nt"), ValueError("nv")])
        except* TypeError as inner_part:
            print("inner clause got", repr(inner_part))
        except* ValueError:
            print("inner ValueError swallowed")
    except* KeyError as kpart:
        print("key part", repr(kpart))
except Exception as e:
    print("escaped", repr(e))

try:
    outer_part
except NameError as e:
    print("NameError:", e)

tree = ExceptionGroup("root", [
    ExceptionGroup("left", [ValueError(1), ExceptionGroup("leftleft", [ValueError(2), OSError(3)])]),
    ExceptionGroup("right", [OSError(4)]),
])
try:
    raise tree
except* ValueError as v:
    print("values:", repr(v))
except* OSError as o:
    print("oserrors:", repr(o))
    print("structure kept:", [g.message for g in o.exceptions])
