# str methods: encode upper lower strip split join replace startswith endswith format center ljust rjust count find
s = "  Hello, World  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr("xxhixx".strip("x")))
t = s.strip()
print(t.upper(), t.lower(), t.replace("l", "L"), t.replace("l", "L", 1))
print(t.split(", "), "a b  c".split(), "a,b,,c".split(","), "k=v=w".split("=", 1), "  ".split())
print("-".join(["a", "b", "c"]), "".join(reversed("abc")), ", ".join([]))
print(t.startswith("Hell"), t.endswith("!"), t.startswith(("x", "H")), t.find("o"), t.find("z"), t.count("l"))
print("{} + {} = {}".format(1, 2, 3), "{0}{1}{0}".format("a", "b"), "{name}:{v:.1f}".format(name="pi", v=3.14159))
print(repr("ab".center(6)), repr("ab".center(7, "*")), repr("ab".ljust(5, ".")), repr("ab".rjust(5)))
print("hello".encode(), "héllo".encode(), "abc".encode("utf-8"), len("héllo".encode()))
print("line1\nline2".split("\n"), "a\tb".split(), "UPPER".lower())
print("banana".count("an"), "banana".find("an", 2), "banana".replace("a", ""), "a-b-c".split("-")[-1])
