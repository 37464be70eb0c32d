# iter(callable, sentinel): reading fixed-size chunks from a buffer object
# until it returns b"", and rolling dice until a six comes up.
class Buffer:
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def read(self, n):
        chunk = self.data[self.pos:self.pos + n]
        self.pos += len(chunk)
        return chunk


buf = Buffer(b"GET /index.html HTTP/1.1\r\nHost: example\r\n\r\n")
chunks = list(iter(lambda: buf.read(8), b""))
print(len(chunks), chunks[0], chunks[-1])
print(b"".join(chunks).split(b"\r\n")[0].decode())

rolls = iter([3, 5, 1, 6, 2, 6])
print(list(iter(lambda: next(rolls), 6)))
print(list(iter(lambda: next(rolls), 6)))

lines = ["first", "second", "", "after blank"]
it = iter(lines.pop(0).__str__ if False else (lambda: lines.pop(0)), "")
print([line.upper() for line in it], lines)

counter = iter(int, 1)
print(next(counter), next(counter))
try:
    iter(42, 0)
except TypeError as e:
    print("TypeError:", e)
s = iter(lambda: 1 / 0, None)
try:
    next(s)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
