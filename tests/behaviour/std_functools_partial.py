# partial: pre-filled arguments for callbacks and converters, nesting, attributes, repr.
from _functools import partial

parse_hex = partial(int, base=16)
print(parse_hex("ff"), parse_hex("10", base=8), parse_hex.func, parse_hex.args, parse_hex.keywords)


def log(level, message, *, sep=": "):
    return f"{level}{sep}{message}"


warn = partial(log, "WARN")
print(warn("disk almost full"), warn("x", sep=" - "), warn.args)
nested = partial(partial(log, "INFO"), sep="|")
print(nested("flattened"), nested.func is log, nested.args, nested.keywords)
print(repr(partial(max, 1, key=len)), repr(partial(partial(max, 1), 2, k=3)), repr(partial(int, base=2)))
handlers = {name: partial(log, name.upper()) for name in ["debug", "error"]}
print([h("boot") for h in handlers.values()])
power_of = [partial(pow, 2)(n) for n in range(5)]
print(power_of, sorted(["bb", "a", "ccc"], key=partial(len)))
tagged = partial(log, "TAG")
tagged.owner = "me"
print(tagged.owner, tagged.__dict__, partial(tagged, "m").func is tagged)


class Bound(partial):
    def describe(self):
        return f"{self.func.__name__}{self.args}"


b = Bound(divmod, 17)
print(b(5), b.describe(), repr(b), repr(partial(b, 3)), partial[int])
for bad in [lambda: partial(), lambda: partial(1), lambda: partial(print, 1).__setattr__("func", len) if False else partial(max)(),
            lambda: partial(log)("only one")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
