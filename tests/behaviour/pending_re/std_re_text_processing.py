import re
from collections import Counter

LOG = """\
2024-01-05 10:00:01 INFO  user=alice action=login ip=10.0.0.1
2024-01-05 10:02:17 WARN  user=bob action=login ip=10.0.0.7 reason="bad password"
2024-01-05 10:03:55 INFO  user=alice action=upload size=2048
2024-01-05 10:09:12 ERROR user=carol action=delete reason="no permission"
"""

LINE = re.compile(r"^(?P<date>\S+) (?P<time>\S+) (?P<level>[A-Z]+)\s+(?P<rest>.*)$", re.M)
PAIR = re.compile(r'(\w+)=("[^"]*"|\S+)')

levels = Counter()
for m in LINE.finditer(LOG):
    fields = {k: v.strip('"') for k, v in PAIR.findall(m["rest"])}
    levels[m["level"]] += 1
    print(m["time"], m["level"], fields)
print(levels.most_common())


def camel_to_snake(name):
    s = re.sub(r"(.)([A-Z][a-z]+)", r"\1_\2", name)
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s).lower()


for name in ["CamelCase", "getHTTPResponse", "already_snake", "HTMLParser2Go"]:
    print(name, "->", camel_to_snake(name))

template = "Hello {name}, your order #{order} ships {when}."
values = {"name": "Ada", "order": "1042"}
print(re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), template))

def validate_email(addr):
    return re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", addr) is not None

for addr in ["a@b.co", "bad@", "first.last+tag@mail.example.org", "no spaces@x.y"]:
    print(addr, validate_email(addr))

words = re.findall(r"[a-zA-Z']+", "It's a truth universally acknowledged... it's TRUE!")
print(Counter(w.lower() for w in words).most_common(3))
m = re.search(r"(?P<year>\d{4})-(?P<month>\d\d)", "Released 2023-11, patched 2024-02")
print(m.expand(r"\g<month>/\g<year>"), m.expand(r"[\1]"), m.lastgroup, m.regs)
print(re.sub(r"(?m)^", "> ", "quoted\nreply"), re.sub(r"\\", "/", r"C:\path\file"))
