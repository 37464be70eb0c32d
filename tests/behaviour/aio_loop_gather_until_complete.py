# loop.run_until_complete(asyncio.gather(...)): gather outside a coroutine
# binds to the current event loop.
import asyncio


async def download(url, seconds):
    print("GET", url)
    await asyncio.sleep(seconds)
    print("got", url)
    return len(url)


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
urls = {"http://a.example": 0.3, "http://bb.example": 0.1, "http://ccc.example": 0.2}
sizes = loop.run_until_complete(asyncio.gather(*(download(u, s) for u, s in urls.items())))
print("sizes:", sizes)
loop.close()
