# asyncio: a Worker base class whose subclasses extend async run() via super().
import asyncio


class Worker:
    def __init__(self, name, delay):
        self.name = name
        self.delay = delay
        self.log = []

    async def run(self):
        await asyncio.sleep(self.delay)
        self.log.append("base")
        print(f"{self.name}: base work done")
        return self.name


class RetryMixin:
    async def run(self):
        for attempt in range(2):
            print(f"{self.name}: attempt {attempt + 1}")
            result = await super().run()
        return result


class Downloader(Worker):
    async def run(self):
        print(f"{self.name}: downloading")
        result = await super().run()
        self.log.append("download")
        return result.upper()


class FlakyDownloader(RetryMixin, Downloader):
    pass


class Parser(Worker):
    def __init__(self, name, delay, fmt):
        super().__init__(name, delay)
        self.fmt = fmt

    async def run(self):
        result = await super().run()
        await asyncio.sleep(0.05)
        print(f"{self.name}: parsed {self.fmt}")
        return f"{result}.{self.fmt}"


async def main():
    workers = [Downloader("dl", 0.2), Parser("parse", 0.1, "json"), FlakyDownloader("flaky", 0.15)]
    results = await asyncio.gather(*(w.run() for w in workers))
    print(results)
    for w in workers:
        print(type(w).__name__, w.log)
    print([k.__name__ for k in FlakyDownloader.__mro__])


asyncio.run(main())
