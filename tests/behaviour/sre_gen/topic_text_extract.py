"""Pulling emails, URLs, hashtags and numbers out of free text."""

PATTERNS = [
    ("EMAIL", r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}", "I"),
    ("URL", r"https?://(?P<host>[\w.-]+)(?::(?P<port>\d+))?(?P<path>/[^\s?#]*)?(?:\?(?P<query>[^\s#]*))?"),
    ("HASHTAG", r"(?<!\w)#(\w+)"),
    ("NUMBER", r"[-+]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?"),
    ("PHONE", r"\(?(\d{3})\)?[-. ]?(\d{3})[-. ](\d{4})"),
    ("WORD", r"\b[a-z]+\b", "I"),
]

TEXT = """Contact us at Support@Example.COM or sales.team+eu@shop-01.example.co.uk.
Docs: https://docs.example.com/guide/intro?lang=en#top and http://localhost:8000/
Call (555) 123-4567 or 555.987.6543 today! #python #regex2023 not#atag
Measured 3.14, -2.5e-3, +42 and .5 units; version 1.2.3."""

print(EMAIL.findall(TEXT))
for m in URL.finditer(TEXT):
    print(m.group(0), "|", m.group("host"), m.group("port"), m.group("path"), m.group("query"))
    print("  ", m.groupdict(""), m.span())
print(HASHTAG.findall(TEXT))
print(NUMBER.findall(TEXT))
print([tuple(map(int, g)) for g in PHONE.findall(TEXT)])
for m in PHONE.finditer(TEXT):
    print("phone at", m.start(), "->", "-".join(m.groups()))

words = WORD.findall(TEXT)
print(len(words), words[:8])
freq = {}
for w in words:
    freq[w.lower()] = freq.get(w.lower(), 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5])


def mask_email(m):
    user, _, domain = m.group().partition("@")
    return user[0] + "***@" + domain


print(EMAIL.sub(mask_email, TEXT.splitlines()[0]))
print(EMAIL.subn("<email>", TEXT))
print(NUMBER.sub(lambda m: str(round(float(m.group()) * 2, 4)), "a 1.5 b 2 c -3"))
print(URL.match(TEXT), URL.search(TEXT, 60), URL.search(TEXT, 60, 70))
