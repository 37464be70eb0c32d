# raise X from Y, bare re-raise, __cause__, exceptions in except blocks
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError(f"cannot parse {s!r}") from e

try:
    parse("x1")
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)

def reraise():
    try:
        {}["missing"]
    except KeyError:
        print("logging and re-raising")
        raise

try:
    reraise()
except KeyError as e:
    print("outer got", repr(e))

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("while handling")
except ValueError as e:
    print(e, "context:", type(e.__context__).__name__)
