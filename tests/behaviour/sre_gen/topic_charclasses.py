"""Character classes: ranges, negation, categories, big sets, case-folded
ranges, a validator for identifiers and a slug maker."""

PATTERNS = [
    ("HEX", r"[0-9a-fA-F]+"),
    ("NOT_VOWEL", r"[^aeiou\s]+", "I"),
    ("PUNCT", r"[!-/:-@\[-`{-~]"),
    ("IDENT", r"[A-Za-z_][A-Za-z0-9_]*"),
    ("CLASS_ESCAPES", r"[\d\s\W]"),
    ("NOT_DIGIT_SPACE", r"[^\d\s]+"),
    ("DASH_END", r"[a-c-]+"),
    ("BRACKET", r"[]a]+"),
    ("CARET", r"[a^]+"),
    ("UPPER_RANGE_I", r"[A-F]+", "I"),
    ("GREEK_I", r"[α-ω]+", "I"),
    ("BIG", r"[\u0100-\u017f\u0400-\u04ff]+"),
    ("NEG_BIG", r"[^\u0000-\u007f]+"),
    ("WORDISH", r"[\w'-]+"),
    ("DOT", r"."),
    ("ANY_S", r".", "S"),
    ("SLUG_BAD", r"[^a-z0-9]+"),
]

samples = ["Deadbeef 0x1F zz", "Rhythm & blues!", "a-b_c d'e f--g", "]]a^a^", "x=1; y=[2,3]", "Ünïcödé"]
for s in samples:
    print(repr(s))
    for name, p in [("HEX", HEX), ("NOT_VOWEL", NOT_VOWEL), ("PUNCT", PUNCT), ("IDENT", IDENT),
                    ("CLASS_ESCAPES", CLASS_ESCAPES), ("NOT_DIGIT_SPACE", NOT_DIGIT_SPACE),
                    ("DASH_END", DASH_END), ("BRACKET", BRACKET), ("CARET", CARET), ("WORDISH", WORDISH),
                    ("NEG_BIG", NEG_BIG)]:
        print("  ", name, p.findall(s))

print(UPPER_RANGE_I.findall("cafe BABE fade xyz"))
print(GREEK_I.findall("ΑΒΓ αβγ Ωμέγα"), BIG.findall("Łódź Київ abc"))
print(DOT.findall("a\nb"), ANY_S.findall("a\nb"))


def slugify(title):
    return SLUG_BAD.sub("-", title.lower()).strip("-")


for t in ["Hello, World!", "  Regex -- 101  ", "C++ & Python 3.11"]:
    print(repr(t), slugify(t))
for name in ["valid_name", "2bad", "_ok2", "no-dash", ""]:
    m = IDENT.fullmatch(name)
    print(repr(name), m is not None)
