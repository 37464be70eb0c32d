"""Non-ASCII text: IGNORECASE with Unicode lowering, \\w and \\d beyond
ASCII, the ASCII flag, and character ranges outside Latin-1."""

PATTERNS = [
    ("STRASSE", r"straße", "I"),
    ("GREEK", r"σοφία", "I"),
    ("CYRILLIC_WORD", r"[а-яё]+", "I"),
    ("WORDS", r"\w+"),
    ("ASCII_WORDS", r"\w+", "A"),
    ("DIGITS", r"\d+"),
    ("ASCII_DIGITS", r"\d+", "A"),
    ("KELVIN", r"k", "I"),
    ("ACCENTED", r"[À-ÿ]", "I"),
    ("DOTLESS", r"[ıİi]", "I"),
    ("SPACE", r"\s+"),
    ("CAFE", r"café", "I"),
    ("BOUNDARY", r"\bnaïve\b"),
    ("CJK", r"[\u4e00-\u9fff]+"),
    ("EMOJI", r"[\U0001F600-\U0001F64F]"),
    ("NAMED", r"(?P<wort>\w+)=(?P<wert>\d+)"),
    ("REF_I", r"(\w+) \1", "I"),
]

print(STRASSE.findall("Straße STRASSE straße STRAẞE"))
print(GREEK.findall("ΣΟΦΊΑ Σοφία σοφία"), GREEK.match("ΣΟΦΊΑ"))
print(CYRILLIC_WORD.findall("Привет, МИР! Ёлка ёж"))
text = "Crème brûlée costs 5€ — ١٢٣ apples, naïve café 42"
print(WORDS.findall(text))
print(ASCII_WORDS.findall(text))
print(DIGITS.findall(text), ASCII_DIGITS.findall(text))
print(KELVIN.findall("k K \u212a"), [hex(ord(c)) for c in KELVIN.findall("\u212a")])
print(ACCENTED.findall("àÉçÑ aZ ÿŸ"))
print(DOTLESS.findall("ı İ i I"))
print(SPACE.split("a\u00a0b\u2003c\td\u3000e"))
m = CAFE.search("Le CAFÉ est ouvert")
print(m, m.span(), m.group())
print(BOUNDARY.search("a naïve idea"), BOUNDARY.search("naïveté"))
print(CJK.findall("汉字 and かな 漢字テスト"), EMOJI.findall("ok 😀 fine 😎 🚀"))
m = NAMED.match("größe=42")
print(m.groupdict(), m.span("wert"), m.start(2), m.end())
print(REF_I.match("Ärger ärger"), REF_I.match("ǅ ǆ"))
print(WORDS.sub(lambda m: m.group().upper(), "élan vital über alles"))
print([m.span() for m in WORDS.finditer("日本語 テキスト")])
