"""Lookahead and lookbehind: validation, splitting, thousands separators."""

PATTERNS = [
    ("STRONG", r"^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^\w\s])\S{8,}$"),
    ("PRICE", r"(?<=\$)\d+(?:\.\d\d)?"),
    ("NOT_PRICE", r"(?<!\$)\b\d+\b"),
    ("THOUSANDS", r"(?<=\d)(?=(?:\d{3})+(?!\d))"),
    ("CAMEL", r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])"),
    ("NOT_FOLLOWED", r"\bfoo(?!bar)\w*"),
    ("WORD_BEFORE_COLON", r"\w+(?=:)"),
    ("SENTENCE_END", r"(?<=[.!?])\s+(?=[A-Z])"),
]

for pw in ["password", "Passw0rd!", "Sh0rt!", "NoDigits!!", "all good 1A!", "Tr1cky#Pass"]:
    print(f"{pw!r:16}", bool(STRONG.match(pw)))

prices = "Items: $19.99, $5, 30 apples, $100.50 and 7 pears"
print(PRICE.findall(prices))
print(NOT_PRICE.findall(prices))
print(sum(float(p) for p in PRICE.findall(prices)))

for n in [1, 1000, 1234567, 98765432101]:
    print(THOUSANDS.sub(",", str(n)))

for name in ["camelCaseString", "HTTPServerError", "getHTTPResponseCode", "simple"]:
    print(name, CAMEL.split(name))

print(NOT_FOLLOWED.findall("foo foobar foobaz food"))
print(WORD_BEFORE_COLON.findall("host: example.com\nport: 8080\nnote"))
text = "Hello there. How are you? I am fine! thanks. OK."
print(SENTENCE_END.split(text))
print(SENTENCE_END.subn("\n", text))
m = PRICE.search(prices)
print(m, m.start(), m.string[m.start() - 1])
