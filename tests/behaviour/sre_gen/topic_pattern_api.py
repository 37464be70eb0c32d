"""The Pattern object: attributes, repr with flags, equality, hashing,
copying, anchors under MULTILINE and DOTALL."""

PATTERNS = [
    ("PLAIN", r"(?P<key>\w+)=(?P<val>\w*)"),
    ("IGNORE", r"hello", "I"),
    ("MULTI", r"^\w+$", "M"),
    ("SINGLE", r"^\w+$"),
    ("DOTALL", r"a.b", "S"),
    ("NODOT", r"a.b"),
    ("VERBOSE", r"""\d+   # digits
                    \s*   # spaces
                    [a-z]+""", "XI"),
    ("ASCII", r"\w+", "A"),
    ("MANY", r"x", "IMSX"),
    ("PLAIN2", r"(?P<key>\w+)=(?P<val>\w*)"),
    ("INLINE", r"(?i)hello"),
    ("LONGPAT", "ab" * 120),
    ("QUOTES", r"it's \"x\""),
    ("ANCHORS", r"\Afirst|last\Z"),
    ("END", r"end$"),
    ("BYTES", rb"\d+"),
]

print(PLAIN.pattern, PLAIN.flags, PLAIN.groups, dict(PLAIN.groupindex))
print(type(PLAIN.groupindex).__name__, NODOT.groupindex, type(NODOT.groupindex).__name__)
for p in [PLAIN, IGNORE, MULTI, DOTALL, VERBOSE, ASCII, MANY, INLINE, LONGPAT, QUOTES, BYTES]:
    print(repr(p))
print(PLAIN == PLAIN2, PLAIN != PLAIN2, PLAIN == IGNORE, PLAIN == "x", hash(PLAIN) == hash(PLAIN2))
print(len({PLAIN, PLAIN2, IGNORE}), PLAIN.__copy__() is PLAIN, PLAIN.__deepcopy__({}) is PLAIN)
print(IGNORE.findall("Hello HELLO hello hElLo"), INLINE.flags == IGNORE.flags)
text = "alpha\nbeta gamma\ndelta"
print(MULTI.findall(text), SINGLE.findall(text), SINGLE.findall("solo"))
print(DOTALL.findall("a\nb axb"), NODOT.findall("a\nb axb"))
print(VERBOSE.findall("12 ABC 7x 99  yz"), ASCII.findall("naïve"))
print(ANCHORS.findall("first and last"), ANCHORS.findall("not first\nlast\n"))
print(END.search("the end\n"), END.search("the end\n\n"), END.findall("end\nend"))
print(PLAIN.split("a=1 b=2"), PLAIN.split("a=1 b=2", maxsplit=1), PLAIN.sub("", "x=1;y=2"))
print(PLAIN.subn(lambda m: m["val"] + "=" + m["key"], "a=1 b=2 c="))
print(BYTES.findall(b"1 22 333"), BYTES.flags, BYTES.pattern)
