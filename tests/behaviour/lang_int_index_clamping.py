# How big ints behave where CPython wants a machine-sized integer.
import time

print(round(1.25, 2**100), round(1.25, -(2**100)), round(12345, 2**80), round(-12345, -30))
print(list(range(5))[2**70:], "spam"[-(2**70):], (1, 2, 3)[:2**64], list(range(10))[::2**64])
for label, action in (
    ("range index", lambda: range(10)[2**100]),
    ("bytes size", lambda: bytes(2**100)),
    ("format c", lambda: format(2**100, "c")),
    ("percent c", lambda: "%c" % (2**100)),
    ("sleep", lambda: time.sleep(2**100)),
    ("negative repeat", lambda: [0] * -(2**100)),
):
    try:
        print(label, action())
    except (OverflowError, IndexError, ValueError) as exc:
        print(label, type(exc).__name__, exc)
