# Moving blocking I/O off the event loop with asyncio.to_thread.
#
# A "requests"-style client blocks its thread while it waits for the
# server.  Called directly from a coroutine it would freeze every other
# task; wrapped in asyncio.to_thread it runs in a worker thread and the
# loop stays free: the heartbeat keeps ticking while the downloads wait.
import asyncio
import time


class BlockingHttpClient:
    """A pretend synchronous HTTP client: each request takes `latency`."""

    def __init__(self, latency):
        self.latency = latency
        self.requests = 0

    def get(self, url):
        self.requests += 1
        print(f"  GET {url} ...")
        time.sleep(self.latency[url])  # blocks this thread only
        print(f"  GET {url} done")
        return {"url": url, "status": 200, "size": len(url) * 100}


async def heartbeat(stop):
    beats = 0
    while not stop.is_set():
        print(f"heartbeat {beats}")
        beats += 1
        await asyncio.sleep(0.25)
    return beats


async def main():
    client = BlockingHttpClient({"/users": 0.6, "/orders": 1.0, "/stock": 0.3})
    stop = asyncio.Event()
    beat_task = asyncio.create_task(heartbeat(stop))

    start = time.monotonic()
    pages = await asyncio.gather(
        asyncio.to_thread(client.get, "/users"),
        asyncio.to_thread(client.get, "/orders"),
        asyncio.to_thread(client.get, "/stock"),
    )
    elapsed = time.monotonic() - start
    stop.set()
    beats = await beat_task

    for page in pages:
        print(page["url"], page["status"], page["size"])
    print(f"{client.requests} requests in {elapsed:.2f}s (not {0.6 + 1.0 + 0.3:.2f}s)")
    print("heartbeats while waiting:", beats)


asyncio.run(main())
