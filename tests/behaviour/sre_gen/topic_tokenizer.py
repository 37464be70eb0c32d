"""A tokenizer for a small expression language (the master-pattern idiom)."""

PATTERNS = [
    ("TOKEN", r"""(?P<NUMBER>\d+(?:\.\d*)?)
                 |(?P<ASSIGN>:=)
                 |(?P<END>;)
                 |(?P<ID>[A-Za-z_]\w*)
                 |(?P<OP>[+\-*/()<>=!]=?)
                 |(?P<NEWLINE>\n)
                 |(?P<SKIP>[ \t]+)
                 |(?P<MISMATCH>.)""", "X"),
    ("KEYWORDS", r"(?:IF|THEN|ENDIF|FOR|NEXT|GOSUB|RETURN)\Z"),
    ("INT", r"[0-9]+"),
    ("SPACES", r"\s*"),
]


class Token:
    __slots__ = ("type", "value", "line", "column")

    def __init__(self, type, value, line, column):
        self.type, self.value, self.line, self.column = type, value, line, column

    def __repr__(self):
        return f"Token({self.type!r}, {self.value!r}, {self.line}, {self.column})"


def tokenize(code):
    line_num = 1
    line_start = 0
    for mo in TOKEN.finditer(code):
        kind = mo.lastgroup
        value = mo.group()
        column = mo.start() - line_start
        if kind == "NUMBER":
            value = float(value) if "." in value else int(value)
        elif kind == "ID" and KEYWORDS.match(value):
            kind = value
        elif kind == "NEWLINE":
            line_start = mo.end()
            line_num += 1
            continue
        elif kind == "SKIP":
            continue
        elif kind == "MISMATCH":
            raise RuntimeError(f"{value!r} unexpected on line {line_num}")
        yield Token(kind, value, line_num, column)


statements = """
    IF quantity THEN
        total := total + price * quantity;
        tax := price * 0.05;
    ENDIF;
"""
for token in tokenize(statements):
    print(token)

try:
    list(tokenize("x := 1 $ 2"))
except RuntimeError as e:
    print("error:", e)

# The scanner API: match() at the current position, a step at a time.
sc = TOKEN.scanner("a1 := 42;")
print(sc.pattern is TOKEN)
while True:
    m = sc.match()
    if m is None:
        break
    print(m.lastgroup, repr(m.group()), m.span(), m.lastindex)
print(sc.match(), sc.search())

sc = INT.scanner("x 12 yy 345 z 6", 3)
print([m.group() for m in iter(sc.search, None)])
sc = INT.scanner("1 2 3")
print(sc.match().group(), sc.match(), sc.match())


def tokens_by_hand(s):
    pos, out = 0, []
    while pos < len(s):
        pos = SPACES.match(s, pos).end()
        m = INT.match(s, pos)
        if not m:
            break
        out.append(int(m.group()))
        pos = m.end()
    return out, pos


print(tokens_by_hand("  10 20   30 x 40"))
