# Calls and attribute access are marked with ^ over the whole expression.
class Box:
    def __init__(self, value):
        self.value = value


def make():
    return None


box = Box(1)
try:
    print(box.missing + 1)
except AttributeError:
    try:
        n = "abc".nosuch(1)
    except AttributeError:
        try:
            n = make().value
        except AttributeError:
            try:
                Box(value=1, other=2)
            except TypeError:
                total = sum(Box(*[1, 2]).value)
