def pairs(items):
    it = iter(items)
    while True:
        yield next(it), next(it)

print(list(pairs([1, 2, 3, 4, 5])))
