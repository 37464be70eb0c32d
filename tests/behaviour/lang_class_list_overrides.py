# A list subclass overriding __iter__, __getitem__, __setitem__, __repr__, __contains__.
class Playlist(list):
    def __init__(self, name, songs=()):
        super().__init__(songs)
        self.name = name
        self.plays = 0

    def __iter__(self):
        self.plays += 1
        for song in super().__iter__():
            yield song.title()

    def __getitem__(self, index):
        item = super().__getitem__(index)
        if isinstance(index, slice):
            return Playlist(self.name + " (part)", item)
        return item.upper()

    def __setitem__(self, index, value):
        print(f"replacing #{index} with {value!r}")
        super().__setitem__(index, value.strip())

    def __contains__(self, song):
        return super().__contains__(song.lower())

    def __repr__(self):
        return f"Playlist({self.name!r}, {len(self)} songs)"


p = Playlist("road trip", ["highway star", "born to run", "roadhouse blues"])
print(p)
for song in p:
    print(" -", song)
print(list(p), p.plays)
print(p[0], p[-1])
print(p[0:2], list.__repr__(p[0:2]))
p[1] = "  thunder road  "
print(list.__getitem__(p, 1))
print("Highway Star" in p, "nope" in p)
print(sorted(p), [s for s in p], p.plays)
print(len(p), bool(p), list.__len__(p))
x, y, z = p
print(x, y, z)
print(", ".join(p))
