# Class bodies, __init__, generators resumed by next().
class Point:
    def __init__(self, x):
        self.x = x / 0


def numbers():
    yield 1
    yield 1 / 0


try:
    Point(1)
except ZeroDivisionError:
    try:
        class Broken:
            value = [][1]
    except IndexError:
        it = numbers()
        next(it)
        next(it)
