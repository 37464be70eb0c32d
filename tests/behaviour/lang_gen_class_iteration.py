# Classes made iterable with generator methods (__iter__, __reversed__, ...).
class Playlist:
    def __init__(self, name, *tracks):
        self.name = name
        self.tracks = list(tracks)

    def __iter__(self):
        for number, track in enumerate(self.tracks, 1):
            yield f"{number}. {track}"

    def __reversed__(self):
        for track in self.tracks[::-1]:
            yield track

    def shuffled(self, step):
        n = len(self.tracks)
        seen = 0
        i = 0
        while seen < n:
            yield self.tracks[i % n]
            i += step
            seen += 1

class Library:
    def __init__(self, *playlists):
        self.playlists = playlists

    def __iter__(self):
        for p in self.playlists:
            yield from p

    def __contains__(self, track):
        return any(track in p.tracks for p in self.playlists)

rock = Playlist("rock", "Paranoid", "Black Dog", "Heroes")
jazz = Playlist("jazz", "So What", "Take Five")
for line in rock:
    print(line)
print(list(reversed(rock)))
print(list(rock.shuffled(2)))
lib = Library(rock, jazz)
print(list(lib))
print("Take Five" in lib, "Yesterday" in lib)
print(max(lib, key=len), len(list(lib)))
it = iter(jazz)
print(next(it), "|", *it)
a, b, *rest = lib
print(a, b, rest)
print(sorted(rock.shuffled(1), key=str.lower))
