"""Anchors, word boundaries and the corner cases of split, sub and
findall with empty matches (3.7+ semantics)."""

PATTERNS = [
    ("BOL", r"^", "M"),
    ("EOL", r"$", "M"),
    ("BOUNDARY", r"\b"),
    ("NONBOUNDARY", r"\B"),
    ("WORD_B", r"\b\w"),
    ("COMMA_SPACE", r",\s*"),
    ("CAPTURE_SEP", r"(,)\s*|(;)"),
    ("DIGITS_OPT", r"\d*"),
    ("START_ONLY", r"\A\w+"),
    ("END_ONLY", r"\w+\Z"),
    ("LINE_END", r"\w+$", "M"),
    ("EMPTY", r""),
    ("ASCII_B", r"\b\w+\b", "A"),
]

text = "one two\nthree\n"
print(BOL.sub("> ", text), EOL.sub(" <", text), sep="|")
print([m.span() for m in BOL.finditer(text)], [m.span() for m in EOL.finditer(text)])
print(BOUNDARY.sub("|", "hi there, you"), NONBOUNDARY.sub("-", "hi you"))
print(WORD_B.findall("the quick brown fox"), WORD_B.sub(lambda m: m.group().upper(), "the quick brown fox"))
print(COMMA_SPACE.split("a, b,c,   d"), COMMA_SPACE.split("a, b,c", 1), COMMA_SPACE.split(""))
print(CAPTURE_SEP.split("a, b;c,d"))
print(DIGITS_OPT.split("a1b22c"), DIGITS_OPT.findall("a1b22c"), DIGITS_OPT.sub("#", "a1b22c"))
print(DIGITS_OPT.subn("#", ""), DIGITS_OPT.split(""), DIGITS_OPT.findall(""))
print(START_ONLY.findall("first second"), END_ONLY.findall("first second"), END_ONLY.findall("x\n"))
print(LINE_END.findall("a b\nc d\ne"), EMPTY.split("abc"), EMPTY.sub("-", "abc"), EMPTY.findall("ab"))
print(ASCII_B.findall("naïve café ok"), BOUNDARY.split("ab cd"))
print(EMPTY.match("abc"), EMPTY.fullmatch(""), EMPTY.search("x", 1), EMPTY.search("x", 2))
print([m.span() for m in EMPTY.finditer("abc", 1, 2)])
