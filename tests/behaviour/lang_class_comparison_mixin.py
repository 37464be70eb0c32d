# A total-ordering mixin: subclasses define _key(), the mixin all comparisons.
class Comparable:
    def _key(self):
        raise NotImplementedError

    def __eq__(self, other):
        if not isinstance(other, Comparable):
            return NotImplemented
        return self._key() == other._key()

    def __lt__(self, other):
        if not isinstance(other, Comparable):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other):
        return self == other or self < other

    def __gt__(self, other):
        return not self <= other

    def __ge__(self, other):
        return not self < other

    def __hash__(self):
        return hash(self._key())


class Named:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"


class Version(Comparable, Named):
    def __init__(self, text):
        super().__init__(text)
        self.parts = tuple(int(p) for p in text.split("."))

    def _key(self):
        return self.parts


versions = [Version("1.10"), Version("1.2"), Version("0.9"), Version("1.2")]
print(sorted(versions))
print(max(versions), min(versions))
print(Version("1.2") == Version("1.2"), Version("1.2") != Version("1.3"))
print(Version("2.0") > Version("1.9"), Version("1.0") >= Version("1.0"), Version("1.0") <= Version("0.1"))
print(len(set(versions)), Version("1.2") in versions)
try:
    Version("1.0") < 3
except TypeError as e:
    print("TypeError:", e)
print(Version("1.0") == "1.0")
