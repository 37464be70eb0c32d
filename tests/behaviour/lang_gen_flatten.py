# Flattening nested data with recursive generators.
def iterable(x):
    try:
        iter(x)
    except TypeError:
        return False
    return True

def flatten(items, ignore=(str, bytes)):
    for x in items:
        if iterable(x) and not isinstance(x, ignore):
            yield from flatten(x)
        else:
            yield x

data = [1, [2, [3, [4, "five"]]], (6, 7), {8}, "nine", b"ten", range(11, 13)]
print(list(flatten(data)))

def walk(obj, path="$"):
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from walk(v, f"{path}.{k}")
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from walk(v, f"{path}[{i}]")
    else:
        yield path, obj

config = {"server": {"host": "localhost", "ports": [8080, 8443]},
          "debug": False, "users": [{"name": "ada"}, {"name": "bob", "admin": True}]}
for path, value in walk(config):
    print(f"{path} = {value!r}")

def chunked(iterable, size):
    chunk = []
    for item in iterable:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk

print(list(chunked(flatten(data), 4)))
deep = []
node = deep
for _ in range(200):
    node.append([])
    node = node[0]
node.append("bottom")
print(list(flatten(deep)))
