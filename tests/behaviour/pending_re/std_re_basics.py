import re

# The first lesson: search, match, fullmatch and what they return.
print(re.search(r"\d+", "order 66 shipped"))
print(re.match(r"\d+", "order 66"), re.match(r"\w+", "order 66"))
print(re.fullmatch(r"[a-z]+", "hello"), re.fullmatch(r"[a-z]+", "hello!"))
m = re.search(r"(\w+)@(\w+)\.com", "mail bob@example.com now")
if m:
    print(m.group(), m.group(1), m.group(2), m.groups(), m.span(), m.start(2))

# findall / finditer / split / sub, with and without groups
print(re.findall(r"\b\w{5}\b", "These words have fives: apple lemon grape"))
print(re.findall(r"(\w)(\d)", "a1 b2 c3"))
print([m.span() for m in re.finditer(r"o", "foo boo")])
print(re.split(r"[,;]\s*", "red, green;blue,  yellow"))
print(re.split(r"(\s)", "a b  c"), re.split(r"x*", "axbc"))
print(re.sub(r"\s+", " ", "too    many   spaces"))
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world, good morning"))
print(re.sub(r"(?P<first>\w+)-(?P<second>\w+)", r"\g<second>-\g<first>", "left-right up-down"))
print(re.subn(r"a", "A", "banana"), re.sub("a", "A", "banana", count=2))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "1 2 3 9"))
print(re.escape("1+1=2? (yes) [maybe] $5.00"))

# Flags
print(re.findall(r"^\w", "one\ntwo\nthree", re.MULTILINE))
print(re.findall(r"python", "Python PYTHON python", flags=re.IGNORECASE))
print(re.search(r"a.c", "a\nc", re.DOTALL), re.search(r"a.c", "a\nc"))
pattern = re.compile(r"""
    (?P<area>\d{3})   # area code
    [-.\s]?
    (?P<num>\d{4})    # number
""", re.VERBOSE)
print(pattern.search("call 555-1234").groupdict())
print(re.compile(r"\w+", re.I | re.M), re.compile(r"x", re.A), re.I | re.M, re.IGNORECASE.value)
print(repr(re.compile("a") == re.compile("a")), re.compile(b"\\d+").findall(b"a1b22"))
