# Subclassing Struct: a record type that sets its format in __init__ and keeps attributes.
import _struct as struct


class Record(struct.Struct):
    def __init__(self, name):
        super().__init__("<HI")
        self.name = name

    def describe(self):
        return f"{self.name}: {self.format} ({self.size} bytes)"


r = Record("entry")
print(r.describe(), r.pack(1, 2), r.unpack(b"\x01\x00\x02\x00\x00\x00"), r.name)
it = r.iter_unpack(bytes(12))
r.keep = it
print(list(it), it.__length_hint__())
s = struct.Struct(format=">h")
print(s.size, s.format, s.unpack_from(b"\x00\x05", 0))
try:
    struct.Struct()
except TypeError as e:
    print("TypeError:", e)
