# str methods and repr over UTF-8 text (Chinese included), split rules, format
s = "  Hello, 世界! hello  "
print(s.strip(), s.lower(), s.upper(), s.split(), s.split(","), s.rsplit(None, 1))
print("a,b,,c".split(","), "a b c".split(maxsplit=1), "-".join(["1", "2", "3"]), "a b  ".split(maxsplit=1))
print("abc".replace("b", "BB"), "aaa".replace("a", "b", 2), "abc".replace("", "-"))
print("中文字符串"[1:3], len("中文字符串"), "中文字符串".find("字"), "你好".center(6, "*"), "7".zfill(3), "-7".zfill(4))
print(repr("it's"), repr('say "hi"'), repr("中\n\t"), repr("\x00\x7f\xa0"), ascii("中"))
print("title case here".title(), "abc".capitalize(), "a1".isalnum(), "12".isdigit(), "ABC".isupper(), "abc".startswith(("x", "a")))
print("a\nb\r\nc".splitlines(), "a=b=c".partition("="), "a=b=c".rpartition("="), "abcabc".count("b"), "abc".rfind("c"))
print("{0} {1:>5} {name!r} {0:.2f}".format(3.14159, "ab", name="x"), "{:*^9}|{:<4}|".format("中", 7))
print("%s %d %.2f %5s|%-5s|%x %r %05.1f %%" % ("a", 42, 3.14159, "b", "c", 255, "q", -1.5))
print(f"{'中文':>6}|{'ab':_<5}|{1234567:,}|{0.25:.0%}|{-0.5:.0f}|{2.5:.0f}|{1e16}|{1e-5}|{True:>5}")
for f in [lambda: int("abc"), lambda: float("x"), lambda: "x".index("y"), lambda: "a".join([1]), lambda: "{:d}".format(1.5)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
