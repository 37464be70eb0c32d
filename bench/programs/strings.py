"""Benchmark (strings): building text with join, f-strings, % formatting,
str methods (split, replace, strip, upper), slicing and concatenation."""


def build_report(n):
    lines = []
    for i in range(n):
        name = "item%d" % (i % 113)
        lines.append(f"{i:06d} | {name:<10} | {i * 3.25:10.2f} | {'odd' if i & 1 else 'even'}")
    return "\n".join(lines)


def parse_report(text):
    total = 0.0
    names = {}
    for line in text.split("\n"):
        num, name, amount, parity = [p.strip() for p in line.split("|")]
        total += float(amount)
        names[name] = names.get(name, 0) + (1 if parity == "odd" else 0)
    return round(total, 2), len(names), names["item7"]


def concat(n):
    s = ""
    for i in range(n):
        s += chr(97 + i % 26)
        if len(s) > 200:
            s = s[100:].upper().lower()
    return s


def words(n):
    text = " ".join("Word%d" % (i % 997) for i in range(n))
    caps = text.replace("Word", "w").title()
    return len(caps), caps[:40], caps.count("W1"), caps.lower().find("w996")


report = build_report(60000)
print("report", len(report), report[-40:])
print("parsed", parse_report(report))
print("concat", concat(300000)[:30])
print("words", words(200000))
