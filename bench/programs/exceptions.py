"""Benchmark (exceptions): raising and catching at several depths, custom
exception classes, try/finally, else clauses, re-raise and chaining."""


class ParseError(ValueError):
    def __init__(self, pos, text):
        super().__init__("bad token at %d" % pos)
        self.pos = pos
        self.text = text


def parse_int(s, pos):
    if not s.isdigit():
        raise ParseError(pos, s)
    return int(s)


def parse_all(tokens):
    good = bad = 0
    for pos, t in enumerate(tokens):
        try:
            good += parse_int(t, pos)
        except ParseError as e:
            bad += e.pos % 7
    return good, bad


def deep(n):
    if n == 0:
        raise KeyError("bottom")
    try:
        return deep(n - 1)
    finally:
        pass


def depth_catch(rounds):
    caught = 0
    for i in range(rounds):
        try:
            deep(i % 20)
        except KeyError:
            caught += 1
    return caught


def chained(rounds):
    seen = 0
    for i in range(rounds):
        try:
            try:
                {}[i]
            except KeyError as e:
                raise RuntimeError("wrapped") from e
        except RuntimeError as e:
            if isinstance(e.__cause__, KeyError):
                seen += 1
        else:
            seen -= 1
    return seen


def lookups(rounds):
    d = {i: i for i in range(0, 1000, 3)}
    total = 0
    for i in range(rounds):
        try:
            total += d[i % 1000]
        except KeyError:
            total -= 1
        else:
            total += 1
    return total


tokens = [str(i) if i % 3 else "x%d" % i for i in range(150000)]
print("parse", parse_all(tokens))
print("depth", depth_catch(30000))
print("chained", chained(60000))
print("lookups", lookups(300000))
