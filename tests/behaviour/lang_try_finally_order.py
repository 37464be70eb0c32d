# try/except/else/finally: the order clauses run in, return inside finally paths
def f(mode):
    try:
        print("  try", mode)
        if mode == "raise":
            raise ValueError("boom")
        if mode == "return":
            return "from try"
    except ValueError as e:
        print("  except", e)
        return "from except"
    else:
        print("  else")
    finally:
        print("  finally")
    print("  after")
    return "from end"

for m in ["ok", "raise", "return"]:
    print(m, "->", f(m))

def nested():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", repr(e))
    finally:
        print("outer finally")
nested()

def loop_finally():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
        finally:
            print("finally", i)
loop_finally()
