"""Backreferences: doubled words, quotes, conditionals on groups."""

PATTERNS = [
    ("DOUBLED", r"\b(\w+)\s+\1\b", "I"),
    ("QUOTED", r"""(["'])(.*?)\1"""),
    ("NAMED_REF", r"(?P<tag>[a-z]+)-(?P=tag)"),
    ("ANGLE_OPT", r"(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)"),
    ("REPEATED_CHAR", r"(.)\1{2,}"),
    ("PALINDROME5", r"(\w)(\w)\w\2\1"),
    ("XML_LIKE", r"<(?P<t>\w+)>(?P<body>[^<]*)</(?P=t)>"),
    ("CASE_REF", r"(abc)\1", "I"),
]

text = "This is is a test test of the the emergency Emergency broadcast system system."
print(DOUBLED.findall(text))
print(DOUBLED.sub(lambda m: m.group(1), text))
print([m.span() for m in DOUBLED.finditer(text)])

for s in ['say "hello" and \'bye\'', "it's \"mixed' quotes\"", "'' empty"]:
    print(repr(s), QUOTED.findall(s))

print(NAMED_REF.findall("ab-ab cd-ce foo-foo"), NAMED_REF.match("x-x").groupdict())
for s in ["<user@example.com>", "user@example.com", "<user@example.com", "user@example.com>"]:
    m = ANGLE_OPT.match(s)
    print(repr(s), m.groups() if m else None)

print(REPEATED_CHAR.findall("aaabccddddde!!!"))
print([m.group() for m in REPEATED_CHAR.finditer("wooow, sooo cooool")])
print(PALINDROME5.findall("level radar kayak hello refer"))
m = XML_LIKE.search("<a>x</b> <item>42</item> <c>y</c>")
print(m.group("t"), m.group("body"), m.groupdict(), m.regs)
print(CASE_REF.match("abcABC"), CASE_REF.match("AbCaBc").group(1), CASE_REF.match("abcabd"))
