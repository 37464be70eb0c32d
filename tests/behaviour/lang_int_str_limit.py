# CPython 3.11's limit on decimal conversions of huge ints (4300 digits).
big = 10**4299
print(len(str(big)), str(big)[:3])
for label, make in (("str", lambda: str(10**4300)), ("repr", lambda: repr(-10**4300)),
                    ("f-string", lambda: f"{7**6000}"), ("format", lambda: format(2**20000, ","))):
    try:
        make()
    except ValueError as exc:
        print(label, "->", exc)
try:
    int("1" * 5000)
except ValueError as exc:
    print(exc)
try:
    int("-" + "9" * 4301)
except ValueError as exc:
    print(exc)
print(len(hex(2**20000)), len(bin(2**5000)), len(oct(7**6000)))
print(int("f" * 5000, 16).bit_length(), int("0b" + "1" * 9000, 0).bit_count())
print(len(str(int("8" * 4300))))
