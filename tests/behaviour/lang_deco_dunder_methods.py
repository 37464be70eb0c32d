# Decorated special methods: the operators and builtins go through the
# wrappers, including wrappers that are descriptor objects.

calls = []


def traced(func):
    def wrapper(*args, **kwargs):
        calls.append(func.__name__)
        return func(*args, **kwargs)
    wrapper.__name__ = func.__name__
    return wrapper


class BoundCheck:
    """A decorator class that binds like a function via __get__."""

    def __init__(self, func):
        self.func = func

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self

        def bound(index):
            if not 0 <= index < len(obj.items):
                raise IndexError(f"index {index} out of range for {len(obj.items)} items")
            return self.func(obj, index)
        return bound


class Playlist:
    @traced
    def __init__(self, *songs):
        self.items = list(songs)

    @traced
    def __len__(self):
        return len(self.items)

    @traced
    def __eq__(self, other):
        return isinstance(other, Playlist) and self.items == other.items

    __hash__ = None

    @traced
    def __repr__(self):
        return f"Playlist({', '.join(self.items)})"

    @BoundCheck
    def __getitem__(self, index):
        return self.items[index]

    @traced
    def __contains__(self, song):
        return song in self.items

    @traced
    def __iter__(self):
        return iter(self.items)

    @traced
    def __bool__(self):
        return bool(self.items)

    @traced
    def __call__(self, song):
        self.items.append(song)
        return self


p = Playlist("intro", "theme")
print(len(p), p == Playlist("intro", "theme"), p != Playlist(), repr(p))
print(p[1], "theme" in p, [s for s in p], bool(p), bool(Playlist()))
try:
    p[5]
except IndexError as e:
    print("IndexError:", e)
p("outro")("credits")
print(p, len(p))
print(calls)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
