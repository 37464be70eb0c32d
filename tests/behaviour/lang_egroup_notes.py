# add_note() and __notes__ on ordinary exceptions and groups.
def parse_age(text):
    try:
        return int(text)
    except ValueError as e:
        e.add_note(f"while parsing the age field: {text!r}")
        e.add_note("hint: use digits only")
        raise


try:
    parse_age("forty")
except ValueError as e:
    print(e)
    print(e.__notes__)

e = KeyError("k")
print(hasattr(e, "__notes__"))
e.add_note("first")
print(e.__notes__)
for bad in [3, None, b"bytes"]:
    try:
        e.add_note(bad)
    except TypeError as err:
        print("TypeError:", err)
e.__notes__ = ("a tuple",)
try:
    e.add_note("more")
except TypeError as err:
    print("TypeError:", err)

eg = ExceptionGroup("grouped", [ValueError("x")])
eg.add_note("group note")
print(eg.__notes__, eg.exceptions[0].__dict__ if hasattr(eg.exceptions[0], "__dict__") else "")
