# A JSON-like pretty printer: the order of cases matters (bool before int,
# since True == 1 and bool is a subclass of int).
def render(v, indent=0):
    pad = "  " * indent
    match v:
        case None:
            return "null"
        case bool(b):
            return "true" if b else "false"
        case int(n) | float(n):
            return repr(n)
        case str(s):
            return '"' + s.replace('"', '\\"') + '"'
        case []:
            return "[]"
        case [*items]:
            inner = (",\n" + pad + "  ").join(render(x, indent + 1) for x in items)
            return "[\n" + pad + "  " + inner + "\n" + pad + "]"
        case {}:
            return "{}"
        case {**fields}:
            parts = [f'"{k}": {render(val, indent + 1)}' for k, val in fields.items()]
            return "{\n" + pad + "  " + (",\n" + pad + "  ").join(parts) + "\n" + pad + "}"
        case other:
            raise TypeError(f"cannot render {type(other).__name__}")


doc = {
    "name": "sandbox",
    "version": 3,
    "ratio": 0.75,
    "stable": True,
    "tags": ["asyncio", "vm", 'say "hi"'],
    "owner": None,
    "deps": [],
    "extra": {},
    "nested": {"levels": [1, [2, [3]]], "flag": False},
}
print(render(doc))
try:
    render({"bad": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
