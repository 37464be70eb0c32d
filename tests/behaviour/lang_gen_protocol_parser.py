# An incremental protocol parser: bytes are pushed in with send(), sub-parsers
# are delegated to with `yield from` and return what they parsed.
def read_line(pending):
    buf = pending
    while "\n" not in buf:
        buf += yield
    line, rest = buf.split("\n", 1)
    return line, rest

def read_exact(n, pending):
    buf = pending
    while len(buf) < n:
        buf += yield
    return buf[:n], buf[n:]

def message_parser(on_message):
    pending = ""
    while True:
        header, pending = yield from read_line(pending)
        kind, _, size = header.partition(" ")
        body, pending = yield from read_exact(int(size), pending)
        on_message(kind, body)

received = []
parser = message_parser(lambda kind, body: received.append((kind, body)))
next(parser)
stream = "PING 4\nabcdTEXT 11\nhello world"
for i in range(0, len(stream), 3):
    parser.send(stream[i:i + 3])
parser.send("DATA 2\nxy")
for kind, body in received:
    print(f"{kind:5} {body!r}")
print(parser.gi_yieldfrom is not None)
parser.close()
