# Statements: augmented assignment, assert, unpacking, for, stores, del.
class Counter:
    pass


c = Counter()
c.n = "a"
data = {}
try:
    c.n += 1
except TypeError:
    try:
        data["k"] += 1
    except KeyError:
        try:
            a, b = [1, 2, 3]
        except ValueError:
            try:
                x = 5
                assert x < 3, f"value {x} too large"
            except AssertionError:
                try:
                    for v in 5:
                        pass
                except TypeError:
                    try:
                        t = (1, 2)
                        t[0] = 5
                    except TypeError:
                        x.y = 3
