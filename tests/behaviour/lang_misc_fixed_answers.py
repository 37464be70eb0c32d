# Answers the sandbox used to get wrong, each in a realistic setting.
required = set("abc")
granted = frozenset("cab")
print(required == granted, granted == required, required != granted, required <= granted, granted >= {"a"})
print({frozenset({1, 2}): "pair"}.get(frozenset({2, 1})), {1, 2} == frozenset([1, 2, 3]))

pages = range(4)
print(pages[1::2], list(pages[1::2]), pages[::-1], pages[3:0:-2], range(0, 20, 3)[2:5], range(10)[-3:])
print(range(1, 10, 2)[::2], range(10, 0, -3)[1:], range(5)[10:], range(5)[:-10])

rows = [(-12, 3.5), (7, -0.25), (12345, 10)]
for n, x in rows:
    print("[%8.4d] [%-8.4d] [%08.4d] [%+.3d] [%#8.4x] [%6.1f]" % (n, n, n, n, abs(n), x))

for call in (lambda: bytes("abc", "utf-8", "strict", "extra"), lambda: hash({}.keys()),
             lambda: hash({"a": 1}.items())):
    try:
        call()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)
print(hash({}.values()) == hash({}.values()) or True)
