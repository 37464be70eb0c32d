# A module without a docstring still has __doc__, set to None, and functions
# and classes report theirs (or None) the same way.
print(__doc__)
print(__doc__ is None, repr(__doc__))


def documented():
    """Says hello."""


def undocumented():
    pass


class Widget:
    """A small widget."""


class Bare:
    pass


def describe(obj):
    return obj.__doc__ or "(no documentation)"


for obj in (documented, undocumented, Widget, Bare, Bare()):
    print(getattr(obj, "__name__", type(obj).__name__), "->", describe(obj))

# Builtin functions have a __doc__ attribute too.
print(hasattr(len, "__doc__"), hasattr(print, "__doc__"), hasattr([].append, "__doc__"))

__doc__ = "Set later."
print(__doc__)
