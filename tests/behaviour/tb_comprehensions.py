# Errors inside comprehensions, generator expressions, lambdas and f-strings.
try:
    l = [1 / x for x in range(3)]
except ZeroDivisionError:
    try:
        d = {[x]: 1 for x in range(3) if x > 0}
    except TypeError:
        try:
            s = sum(1 / (x - 1) for x in range(3))
        except ZeroDivisionError:
            try:
                f = lambda x: x / 0
                f(1)
            except ZeroDivisionError:
                text = f"{1 / 0}"
