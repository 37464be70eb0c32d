"""Bytes patterns over bytes and bytearray: protocol lines, binary-ish data."""

PATTERNS = [
    ("HEADER", rb"^(?P<name>[!#$%&'*+\-.^_`|~0-9A-Za-z]+):[ \t]*(?P<value>.*?)[ \t]*\r?$", "M"),
    ("REQUEST", rb"(?P<method>[A-Z]+) (?P<target>\S+) HTTP/(?P<major>\d)\.(?P<minor>\d)"),
    ("HEXPAIR", rb"[0-9a-f]{2}", "I"),
    ("NUL_SPLIT", rb"\x00+"),
    ("WORD", rb"\w+"),
    ("HIGH", rb"[\x80-\xff]+"),
    ("CASELESS", rb"content-length", "I"),
]

raw = (b"GET /index.html?q=1 HTTP/1.1\r\n"
       b"Host: example.com\r\n"
       b"Content-Length:  42 \r\n"
       b"X-Empty:\r\n"
       b"Accept: text/html, */*\r\n\r\n")
req = REQUEST.match(raw)
print(req.group("method"), req.group("target"), (int(req["major"]), int(req["minor"])))
print(req)
headers = {m["name"].decode().lower(): m["value"].decode() for m in HEADER.finditer(raw)}
print(headers)
print(CASELESS.search(raw).span(), CASELESS.findall(b"CONTENT-LENGTH content-Length"))
print(HEXPAIR.findall(b"de AD Be ef 0g"))
print(bytes(int(h, 16) for h in HEXPAIR.findall(b"48656C6C6F")))
print(NUL_SPLIT.split(b"alpha\x00beta\x00\x00\x00gamma\x00"))
print(WORD.findall(b"caf\xe9 na\xefve ok_1"), HIGH.findall(b"caf\xe9 na\xefve"))
ba = bytearray(b"key=value; other=thing")
m = WORD.search(ba)
print(m, type(m.group()).__name__, m.string is ba)
print(WORD.findall(ba), WORD.sub(b"*", ba), WORD.split(ba, 1))
print(WORD.sub(lambda m: m.group().upper(), b"abc def"))
print(WORD.subn(bytearray(b"#"), b"a b c"))
print(HEADER.pattern[:20], HEADER.flags, HEADER.groups, sorted(HEADER.groupindex))
