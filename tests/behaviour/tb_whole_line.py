# When the failing expression is the whole line, CPython prints no carets.
def fail(kind):
    if kind == 1:
        raise ValueError("one")
    return {}[kind]


items = [1]
try:
    items[3]
except IndexError:
    try:
        fail(1)
    except ValueError:
        fail(2)
