# int() from every kind of argument, with big results.
print(int(1e20), int(-2.5e25), int(1.7976931348623157e308) % 10**9, int(2**70), int(True))
print(int("99" * 20), int("  -1" + "0" * 25 + "  "), int("1" * 64, 2), int("Z" * 20, 36))
print(float(2**80), float(-(10**25)), float("1" * 30), float(2**1023))
class Big:
    def __index__(self):
        return 2**90

    def __int__(self):
        return 3**70
print(int(Big()), bin(Big()) if False else "skip")
for bad in (float("inf"), float("nan")):
    try:
        int(bad)
    except (OverflowError, ValueError) as exc:
        print(type(exc).__name__, exc)
try:
    float(2**1024)
except OverflowError as exc:
    print(exc)
