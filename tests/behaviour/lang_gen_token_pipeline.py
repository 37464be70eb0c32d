# A small tokenizer built from generators chained with `yield from`.

SOURCE = """
let total = price * 3 + tax
let label = "sum" # trailing comment
print total label
"""


def chars(text):
    for ch in text:
        yield ch

def words(line):
    word = ""
    for ch in chars(line):
        if ch.isalnum() or ch == "_":
            word += ch
            continue
        if word:
            yield ("NAME" if not word.isdigit() else "NUMBER", word)
            word = ""
        if ch == "#":
            return "comment"
        if ch == '"':
            continue
        if not ch.isspace():
            yield ("OP", ch)
    if word:
        yield ("NAME" if not word.isdigit() else "NUMBER", word)
    return "eol"

def tokens(text):
    endings = {}
    for lineno, line in enumerate(text.strip().splitlines(), 1):
        how = yield from words(line)
        endings[how] = endings.get(how, 0) + 1
        yield ("NEWLINE", lineno)
    return endings

def keywords(stream, kws=("let", "print")):
    result = yield from ((("KEYWORD", v) if k == "NAME" and v in kws else (k, v)) for k, v in stream)
    return result

def collect(gen):
    out = []
    while True:
        try:
            out.append(next(gen))
        except StopIteration as stop:
            return out, stop.value

toks, summary = collect(tokens(SOURCE))
for t in toks:
    print(*t)
print("line endings:", summary)
kinds = {}
for kind, _ in keywords(tokens(SOURCE)):
    kinds[kind] = kinds.get(kind, 0) + 1
print(sorted(kinds.items()))
