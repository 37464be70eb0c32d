"""HTML-ish markup: tags, attributes, lazy quantifiers, backreferences."""

PATTERNS = [
    ("TAG", r"<(?P<close>/)?(?P<name>[a-zA-Z][\w-]*)(?P<attrs>(?:\s+[\w-]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>]+))?)*)\s*(?P<selfclose>/)?>"),
    ("ATTR", r"([\w-]+)(?:\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>]+)))?"),
    ("PAIRED", r"<(\w+)[^>]*>(.*?)</\1>", "S"),
    ("GREEDY", r"<.+>"),
    ("LAZY", r"<.+?>"),
    ("COMMENT", r"<!--(.*?)-->", "S"),
    ("ENTITY", r"&(#\d+|#x[0-9a-f]+|[a-z]+);", "I"),
]

PAGE = """<html><head><title>Regex &amp; You</title></head>
<body class="main" data-id='7' hidden>
  <!-- navigation
       goes here -->
  <a href="/home" title='Home page'>Home</a> | <a href=/about>About&#33;</a>
  <img src="logo.png" alt="logo"/><br>
  <p>First <b>bold</b> and <i>italic <b>nested</b></i> text&#x2764;</p>
</body></html>"""

stack = []
for m in TAG.finditer(PAGE):
    name = m["name"].lower()
    if m["close"]:
        opened = stack.pop() if stack else None
        print(" " * len(stack) + f"</{name}>", "ok" if opened == name else f"mismatch {opened}")
    else:
        attrs = {}
        for a in ATTR.finditer(m["attrs"]):
            key, dq, sq, bare = a.groups()
            attrs[key] = dq if dq is not None else sq if sq is not None else bare
        print(" " * len(stack) + f"<{name}>", attrs, "self-closing" if m["selfclose"] else "")
        if not m["selfclose"] and name not in ("br", "img"):
            stack.append(name)
print("left open:", stack)

print(GREEDY.match("<b>bold</b>").group(), LAZY.match("<b>bold</b>").group())
print(LAZY.findall("<p><b>x</b></p>"))
for m in PAIRED.finditer(PAGE):
    print(m.group(1), repr(m.group(2)[:30]))
print([c.strip() for c in COMMENT.findall(PAGE)])
print(ENTITY.findall(PAGE))


def unescape(m):
    ent = m.group(1)
    if ent[:2].lower() == "#x":
        return chr(int(ent[2:], 16))
    if ent[0] == "#":
        return chr(int(ent[1:]))
    return {"amp": "&", "lt": "<", "gt": ">"}.get(ent.lower(), m.group(0))


print(ENTITY.sub(unescape, "Tom &amp; Jerry &lt;3 &#65;&#x42; &nbsp; &AMP;"))
text_only = TAG.sub("", COMMENT.sub("", PAGE))
print([line.strip() for line in text_only.splitlines() if line.strip()])
