def key(x):
    return sorted([x], key=key)
key(1)
