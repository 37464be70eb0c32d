# _count_elements: the loop Counter uses, into a dict or a dict subclass.
from _collections import _count_elements

votes = {}
_count_elements(votes, ["red", "blue", "red", "green", "red", "blue"])
print(votes)
_count_elements(votes, iter(["green"]))
print(votes)


class Tally(dict):
    def __missing__(self, key):
        return 0


t = Tally()
_count_elements(t, "mississippi")
print(sorted(t.items()))


class Logged(dict):
    def __setitem__(self, key, value):
        print(f"  set {key!r} = {value}")
        super().__setitem__(key, value)


_count_elements(Logged(), "aab")
try:
    _count_elements({}, 5)
except TypeError as e:
    print("TypeError:", e)
