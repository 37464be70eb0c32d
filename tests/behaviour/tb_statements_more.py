# More statements: assert without message, chained comparisons, in, unary,
# del, a loop that accumulates, while conditions.
total = 0
try:
    for v in [1, "a"]:
        total += v
except TypeError:
    try:
        y = 0 < 1 < "a"
    except TypeError:
        try:
            r = 1 in 5
        except TypeError:
            try:
                x = -"a"
            except TypeError:
                try:
                    t = (1,)
                    del t[0]
                except TypeError:
                    i = 0
                    while i < "a":
                        i += 1
