"""Greedy, lazy and possessive quantifiers, atomic groups, empty matches."""

PATTERNS = [
    ("GREEDY", r"a.*b"),
    ("LAZY", r"a.*?b"),
    ("POSSESSIVE", r"a.*+b"),
    ("ATOMIC", r"(?>a+)ab"),
    ("BACKTRACK", r"(a+)ab"),
    ("BOUNDED", r"x{2,4}"),
    ("BOUNDED_LAZY", r"x{2,4}?"),
    ("EXACT", r"(ab){3}"),
    ("OPTIONAL", r"colou?r"),
    ("NESTED", r"((a|b)c)+"),
    ("NESTED_LAZY", r"((?:a|b)+?)c"),
    ("STAR_EMPTY", r"x*"),
    ("ALT_EMPTY", r"a|"),
    ("GROUP_REPEAT", r"(\d+,?)+"),
    ("POSS_GROUP", r"(?:ab)++c"),
    ("POSS_OPT", r"(?:xy)?+xy"),
    ("LAZY_GROUP", r"(?:ab)*?c"),
    ("MIN_COUNT", r"(?:a|bc){2,}?d"),
]

s = "a123b456b"
for name, p in [("greedy", GREEDY), ("lazy", LAZY), ("possessive", POSSESSIVE)]:
    m = p.search(s)
    print(name, m.group() if m else None)
print(ATOMIC.match("aaab"), BACKTRACK.match("aaab").groups())
print(BOUNDED.findall("x xx xxx xxxxx xxxxxxxxx"), BOUNDED_LAZY.findall("xxxxx"))
print(EXACT.match("abababab").group(), EXACT.match("abababab").group(1), EXACT.match("abab"))
print(OPTIONAL.findall("color colour colouur"))
m = NESTED.match("acbcacx")
print(m.group(), m.groups(), m.span(1), m.span(2))
print(NESTED_LAZY.match("ababc").groups())
print(STAR_EMPTY.findall("axxbx"), [m.span() for m in STAR_EMPTY.finditer("axxbx")])
print(STAR_EMPTY.split("axxbxc"), STAR_EMPTY.sub("-", "axxbx"), STAR_EMPTY.subn("", "xx"))
print(ALT_EMPTY.findall("banana"), ALT_EMPTY.sub("()", "aba"))
m = GROUP_REPEAT.match("12,345,6")
print(m.group(), m.group(1), m.lastindex)
print(POSS_GROUP.findall("ababc abc c ababab"), POSS_OPT.match("xyxy"), POSS_OPT.match("xy"))
print(LAZY_GROUP.match("ababc").group(), MIN_COUNT.match("abcad").group(), MIN_COUNT.match("ad"))
print(GREEDY.fullmatch("a1b2b"), LAZY.fullmatch("a1b2b"), POSSESSIVE.fullmatch("a1b2b"))
print(STAR_EMPTY.fullmatch(""), STAR_EMPTY.fullmatch("xxx"), STAR_EMPTY.fullmatch("xxy"))
