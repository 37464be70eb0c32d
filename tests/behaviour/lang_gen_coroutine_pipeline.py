# Push-style pipelines: generators receiving data with send() (a classic
# "coroutines" pattern), with a broadcaster fanning out.
def coroutine(func):
    def start(*args, **kwargs):
        cr = func(*args, **kwargs)
        next(cr)
        return cr
    return start

def grep(pattern, target):
    try:
        while True:
            line = yield
            if pattern in line:
                target.send(line)
    except GeneratorExit:
        target.close()
grep = coroutine(grep)

def counter(name):
    n = 0
    try:
        while True:
            line = yield
            n += 1
            print(f"[{name}] #{n}: {line}")
    finally:
        print(f"[{name}] closed after {n} lines")
counter = coroutine(counter)

def broadcast(targets):
    try:
        while True:
            item = yield
            for t in targets:
                t.send(item)
    finally:
        for t in targets:
            t.close()
broadcast = coroutine(broadcast)

log = """GET /index.html 200
POST /login 302
GET /missing 404
GET /api/users 200
DELETE /api/users/7 403
GET /favicon.ico 404"""

sink = broadcast([grep("404", counter("not-found")),
                  grep("GET", counter("gets")),
                  grep("api", counter("api"))])
for line in log.splitlines():
    sink.send(line)
sink.close()
