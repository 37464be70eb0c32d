# set and frozenset subclasses.
class TagSet(set):
    def add_all(self, *tags):
        for t in tags:
            self.add(t.lower())
        return self


tags = TagSet()
tags.add_all("Python", "ASYNC", "python")
print(sorted(tags), len(tags), "async" in tags, type(tags).__name__)
print(TagSet([3, 1, 2]))
print(TagSet())
other = tags | {"c"}
print(sorted(other), type(other).__name__)
print(tags == {"python", "async"}, tags <= {"python", "async", "x"})


class Permissions(frozenset):
    def __new__(cls, *names):
        return super().__new__(cls, names)

    def allows(self, name):
        return name in self


perms = Permissions("read", "write")
print(perms.allows("read"), perms.allows("exec"), len(perms), type(perms).__name__)
print(Permissions())
print(isinstance(perms, frozenset), perms == frozenset({"read", "write"}), sorted(perms | {"exec"}))
