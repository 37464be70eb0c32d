"""Dates and times: validation, reformatting with sub, subn counts."""

PATTERNS = [
    ("ISO", r"(?P<y>\d{4})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])"),
    ("US", r"\b(\d{1,2})/(\d{1,2})/(\d{2}(?:\d{2})?)\b"),
    ("TIME", r"([01]?\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?\s*(am|pm)?", "I"),
    ("DURATION", r"(?:(\d+)h)?\s*(?:(\d+)m)?\s*(?:(\d+)s)?"),
    ("MONTH", r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})", "I"),
]

for s in ["2023-10-07", "2023-13-01", "2023-02-30", "1999-12-31T23:59", "x2023-01-01"]:
    m = ISO.fullmatch(s)
    print(s, "->", m and (m["y"], m["m"], m["d"]), ISO.match(s) is not None, ISO.search(s) is not None)


def us_to_iso(m):
    month, day, year = m.groups()
    if len(year) == 2:
        year = "20" + year
    return f"{year}-{int(month):02d}-{int(day):02d}"


text = "Due 7/4/23, shipped 12/25/2023, paid 1/1/24; ignore 123/4/5."
print(US.sub(us_to_iso, text))
print(US.subn(us_to_iso, text, 2))
print(US.sub("?", text, count=1))

for s in ["9:05", "23:59:59", "7:30 PM", "24:00", "12:5", "noon at 12:00am"]:
    m = TIME.search(s)
    print(repr(s), m.groups() if m else None, m.span() if m else None)


def seconds(spec):
    m = DURATION.fullmatch(spec)
    if not m or not any(m.groups()):
        return None
    h, mi, se = (int(x) if x else 0 for x in m.groups())
    return h * 3600 + mi * 60 + se


for spec in ["1h 30m", "45s", "2h5s", "90m", "", "abc", "1h2m3s"]:
    print(repr(spec), seconds(spec))

MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()
for m in MONTH.finditer("Released March 3rd, 2021; patched Dec. 12 2022 and SEPTEMBER 30, 2023."):
    print(m.group(0), "=>", f"{m.group(3)}-{MONTHS.index(m.group(1).lower()) + 1:02d}-{int(m.group(2)):02d}")
