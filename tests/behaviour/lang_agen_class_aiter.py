# A class whose __aiter__ is an async generator method.
import asyncio

class Playlist:
    def __init__(self, *songs):
        self.songs = list(songs)

    async def __aiter__(self):
        for title, seconds in self.songs:
            await asyncio.sleep(seconds / 100)
            yield title

    async def shuffled(self, order):
        for i in order:
            yield self.songs[i][0]

async def main():
    p = Playlist(("Intro", 30), ("Theme", 120), ("Outro", 45))
    async for title in p:
        print(f"{asyncio.get_running_loop().time():.2f} playing {title}")
    print([t async for t in p.shuffled([2, 0, 1])])
    it = aiter(p)
    print(type(it).__name__, it.__qualname__)
    print(await anext(it))
    await it.aclose()

asyncio.run(main())
