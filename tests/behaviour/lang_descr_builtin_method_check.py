# A builtin type's method called through the class checks its first argument,
# as CPython's method descriptors do: a mistake here is a TypeError, never a
# wrong answer.
import asyncio


def attempt(label, fn, *args):
    try:
        print(label, "->", repr(fn(*args)))
    except TypeError as e:
        print(label, "-> TypeError:", e)


attempt("str.upper('ok')", str.upper, "ok")
attempt("str.upper(5)", str.upper, 5)
attempt("str.upper()", str.upper)
attempt("list.append(7)", list.append, 7)
attempt("dict.get('k')", dict.get, "k")
attempt("BaseException.__init__(5)", BaseException.__init__, 5)
attempt("BaseException.__init__()", BaseException.__init__)
attempt("bool is an int", int.bit_length, True)

# Mapping a method over mixed data: the message names the offending type.
names = ["ada", "grace", 42]
try:
    print(list(map(str.title, names)))
except TypeError as e:
    print("TypeError:", e)


# A method of str copied onto an unrelated class binds, then refuses the
# instance, exactly as in CPython.
class Label:
    shout = str.upper

    def __init__(self, text):
        self.text = text


try:
    Label("hi").shout()
except TypeError as e:
    print("TypeError:", e)


async def main():
    q = asyncio.Queue()
    attempt("Queue.put_nowait(q, 1)", asyncio.Queue.put_nowait, q, 1)
    attempt("Queue.qsize(q)", asyncio.Queue.qsize, q)


asyncio.run(main())
