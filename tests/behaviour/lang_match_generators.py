# match inside generators and comprehensions: a small stream transformer.
def normalise(records):
    for rec in records:
        match rec:
            case {"name": str(name), "tags": [*tags]}:
                yield name.title(), tuple(sorted(tags))
            case {"name": str(name)}:
                yield name.title(), ()
            case (str(name), *tags):
                yield name.title(), tuple(sorted(tags))
            case None:
                return
            case other:
                print("skipping", repr(other))


records = [
    {"name": "ada lovelace", "tags": ["math", "computing"]},
    ("alan turing", "logic", "computing"),
    {"name": "grace hopper"},
    42,
    {"tags": ["orphan"]},
    None,
    {"name": "never reached"},
]
for person in normalise(records):
    print(person)


def kind(x):
    match x:
        case int() | float():
            return "number"
        case str():
            return "text"
        case [*_]:
            return "sequence"
        case {}:
            return "mapping"
    return "other"


print([kind(x) for x in [1, 2.0, "s", [1], (2,), {}, {"a": 1}, None]])
print({k: kind(v) for k, v in {"a": 1, "b": [], "c": {}}.items()})


def pairs(items):
    it = iter(items)
    while True:
        match next(it, None), next(it, None):
            case None, _:
                return
            case a, None:
                yield (a,)
                return
            case a, b:
                yield (a, b)


print(list(pairs([1, 2, 3, 4, 5])))
print(list(pairs([])))
