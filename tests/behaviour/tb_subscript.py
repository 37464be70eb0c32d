# Subscripts: the brackets and their content get ^, the subscripted value ~.
def first(items):
    return items[10]


d = {"a": {"b": []}}
try:
    x = d["missing"] + 1
except KeyError:
    try:
        print(first [ 0 ])
    except TypeError:
        try:
            v = d[1, 2]
        except KeyError:
            try:
                w = d["a"]["b"][0]
            except IndexError:
                first([1])
