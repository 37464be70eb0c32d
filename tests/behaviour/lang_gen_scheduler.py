# A round-robin scheduler running generators as cooperative tasks; sub-tasks
# are delegated to with `yield from` and return values.
class Scheduler:
    def __init__(self):
        self.ready = []
        self.tick = 0
    def spawn(self, name, gen):
        self.ready.append((name, gen, None))
    def run(self):
        while self.ready:
            name, gen, value = self.ready.pop(0)
            self.tick += 1
            try:
                request = gen.send(value)
            except StopIteration as done:
                print(f"t{self.tick:02d} {name} finished -> {done.value!r}")
                continue
            reply = None
            if request == "time":
                reply = self.tick
            self.ready.append((name, gen, reply))

def pause(n):
    for _ in range(n):
        yield "pause"
    return n

def download(url, chunks):
    got = 0
    for i in range(chunks):
        waited = yield from pause(1)
        got += waited
        now = yield "time"
        print(f"t{now:02d} {url}: chunk {i + 1}/{chunks}")
    return f"{url} ({got} chunks)"

def job(name, urls):
    results = []
    for url, n in urls:
        results.append((yield from download(url, n)))
    return results

sched = Scheduler()
sched.spawn("A", job("A", [("a.html", 2), ("a.css", 1)]))
sched.spawn("B", job("B", [("b.js", 3)]))
sched.spawn("C", download("c.png", 1))
sched.run()
