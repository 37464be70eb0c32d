# A suspended generator that is dropped is closed (GeneratorExit is thrown
# into it), so its finally blocks and `except GeneratorExit` run at once.
def numbers(tag):
    try:
        for i in range(10):
            yield i
    finally:
        print(tag, "finally")


g = numbers("del")
print(next(g), next(g))
del g
print("after del")

g = numbers("rebind")
next(g)
g = numbers("second")
print("after rebind")
next(g)
g = None
print("after None")

for n in numbers("break"):
    if n == 2:
        break
print("after break")


def first_even(tag):
    for n in numbers(tag):
        if n % 2 == 0 and n > 0:
            return n


print("first even", first_even("return"))


def nested():
    try:
        try:
            yield "a"
        finally:
            print("inner finally")
    except GeneratorExit:
        print("got GeneratorExit")
        raise
    finally:
        print("outer finally")


h = nested()
print(next(h))
h = 0
print("after nested")


def never_started():
    try:
        yield 1
    finally:
        print("never printed")


s = never_started()
del s
print("unstarted: nothing to close")


def finished():
    try:
        yield 1
    finally:
        print("finished finally")


f = finished()
print(list(f))
del f
print("finished: closed once")

print(sum(x for x in numbers("genexpr") if x < 3))
items = [numbers("in list"), numbers("in list 2")]
for i in range(len(items)):
    next(items[i])
items.clear()
print("after clear")
