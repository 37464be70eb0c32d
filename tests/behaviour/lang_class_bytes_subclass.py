# bytes subclasses carry extra attributes and behave like bytes.
class Packet(bytes):
    def __new__(cls, kind, payload):
        obj = super().__new__(cls, bytes([kind]) + payload)
        obj.kind = kind
        return obj

    def body(self):
        return self[1:]


p = Packet(7, b"hello")
print(p, p.kind, p.body(), len(p), p[0], type(p.body()).__name__)
print(p == b"\x07hello", p.startswith(b"\x07"), p.hex(), isinstance(p, bytes))
print(p + b"!", type(p + b"!").__name__, {p: 1}[b"\x07hello"])
print(p.decode("latin-1")[1:], bytes(p), list(p)[:3])
