"""Everything a Match object offers, checked piece by piece."""

PATTERNS = [
    ("FULL", r"(?P<first>\w+) (?P<last>\w+)(?: \((?P<nick>\w+)\))?"),
    ("NESTED", r"((a)(b)?)+(c)?"),
    ("NOGROUP", r"\d+"),
    ("ALT", r"(?P<num>\d+)|(?P<word>[a-z]+)"),
    ("LONG", r".+"),
]

m = FULL.match("Ada Lovelace")
print(m)
print(m.group(), m.group(0), m.group(1), m.group("last"), m.group(1, "last", 3))
print(m.groups(), m.groups("?"), m.groups(default=""))
print(m.groupdict(), m.groupdict("-"), m.groupdict(default=0))
print(m.start(), m.end(), m.span(), m.start(2), m.end("last"), m.span("nick"))
print(m.start("nick"), m.end(3))
print(m[0], m[1], m["last"], m[3])
print(m.regs, m.lastindex, m.lastgroup)
print(m.pos, m.endpos, m.string, m.re is FULL)
print(m.__copy__() is m, m.__deepcopy__({}) is m, bool(m))

m2 = FULL.search("Name: Grace Hopper (amazing) and more", 6, 30)
print(m2, m2.pos, m2.endpos, m2.group("nick"), m2.lastgroup, m2.lastindex)

n = NESTED.match("ababac")
print(n.groups(), n.regs, n.lastindex, n.lastgroup, n.span(3))
n = NESTED.match("aab")
print(n.groups(), n.span(1), n.span(2), n.span(3), n.lastindex)

d = NOGROUP.search("abc 123 def")
print(d.groups(), d.groupdict(), d.lastindex, d.lastgroup, d.regs)

for s in ["42", "hello", "?"]:
    a = ALT.match(s)
    print(repr(s), a and (a.lastgroup, a.lastindex, a.groupdict()))

print(LONG.match("x" * 60))
print(LONG.match("it's \"quoted\" 'text'"))
print(LONG.match("line\nbreak"), LONG.match("\u00e9\u00e8\u00ea" * 25))
print(NOGROUP.match("123", 1), NOGROUP.match("123", 1, 2), NOGROUP.match("123", 5), NOGROUP.match("123", -3, -1))
print(NOGROUP.search("a1b22c333", 2).group(), NOGROUP.search("a1b22c333", endpos=4))
print([x.span() for x in NOGROUP.finditer("a1b22c333", 3, 8)], NOGROUP.findall("a1b22c333", 3, 8))
print(NOGROUP.match(string="77"), NOGROUP.search("x9", pos=1))
