# Expressions over several lines: carets run to the end of the first line.
def add(a, b):
    return (a +
            b)


class Thing:
    pass


try:
    total = add(
        1,
        "b")
except TypeError:
    try:
        x = (Thing()
             .missing)
    except AttributeError:
        try:
            y = (Thing()
                 .method(1, 2))
        except AttributeError:
            d = {}
            z = d[
                "key"
            ]
