# Positional-only parameters let **kwargs accept any key, even one named
# like a parameter: the dict.update-style signature.

class Settings:
    def __init__(self, name, /, **options):
        self.name = name
        self.options = options

    def update(self, other=None, /, **kwargs):
        if other is not None:
            self.options.update(other)
        self.options.update(kwargs)
        return self

    def __repr__(self):
        return f"Settings({self.name!r}, {self.options})"


s = Settings("app", name="display name", self="allowed too")
print(s)
print(s.update({"debug": True}, other="a keyword named other"))
print(s.update(other=1, name=2))


def call_with(func, /, *args, **kwargs):
    return func(*args, **kwargs)


print(call_with(dict, func="kw func", args="kw args"))
print(call_with(lambda *a, **k: (a, k), 1, 2, func=3))


def make_tag(tag, /, content="", **attrs):
    rendered = "".join(f' {k}="{v}"' for k, v in attrs.items())
    return f"<{tag}{rendered}>{content}</{tag}>"


print(make_tag("a", "home", href="/", tag="nav"))
try:
    make_tag(tag="p")
except TypeError as e:
    print("TypeError:", e)
