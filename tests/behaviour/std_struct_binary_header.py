# Packing and parsing a binary file header with struct, as a file-format reader would.
import _struct as struct

HEADER = struct.Struct("<4sHHIq")
print(HEADER.size, HEADER.format)


def make_header(version, flags, length, timestamp):
    return HEADER.pack(b"SBX1", version, flags, length, timestamp)


raw = make_header(3, 0b101, 1024, -1)
print(raw, len(raw), raw.hex())
magic, version, flags, length, ts = HEADER.unpack(raw)
print(magic, version, bin(flags), length, ts)
print(HEADER.unpack_from(b"junk" + raw, 4))
print(struct.unpack_from("<H", raw, offset=4), struct.calcsize("<4sHHIq"))
try:
    HEADER.unpack(raw[:-1])
except struct.error as e:
    print("struct.error:", e)
records = b"".join(struct.pack(">hH", i * -100, i * 1000) for i in range(4))
for signed, unsigned in struct.iter_unpack(">hH", records):
    print(signed, unsigned)
