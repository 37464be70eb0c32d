# Every format code, each byte order, and how native alignment pads.
import _struct as struct

for order in "<>!=@":
    print(order, struct.pack(order + "bBhHiIqQ", -1, 255, -2, 65535, -3, 4294967295, -4, 2 ** 64 - 1).hex())
for order in "<>":
    print(order, struct.pack(order + "lL", -5, 4294967295).hex(), struct.unpack(order + "lL", b"\xff" * 8))
print(struct.pack("<?", 7), struct.pack("<??", [], "x"), struct.unpack("<3?", b"\x00\x01\x02"))
print(struct.pack("<c3s", b"A", b"xyz"), struct.pack("<5s", b"ab"), struct.pack("<2s", b"abcd"), struct.pack("<0s", b"q"))
print(struct.pack("<5p", b"hi"), struct.pack("<3p", b"hello"), struct.unpack("<5p", b"\x02hixx"))
print(struct.pack("<f", 1.5).hex(), struct.pack(">d", -0.1).hex(), struct.pack("<e", 0.5).hex())
print(struct.unpack("<f", struct.pack("<f", 0.1)), struct.unpack("<e", struct.pack("<e", 0.1)), struct.unpack(">d", struct.pack(">d", 1e300)))
print(struct.pack("<e", 65504.0).hex(), struct.pack("<e", 1e-7).hex(), struct.unpack("<e", b"\x00\x7c"), struct.unpack("<e", b"\x01\x00"))
print(struct.calcsize("bi"), struct.calcsize("<bi"), struct.calcsize("ib"), struct.calcsize("@bq"), struct.calcsize("hbi0q"))
print(struct.calcsize("3x2h"), struct.pack("<x2xb", 9), struct.calcsize("10s"), struct.calcsize("<nN") if False else struct.calcsize("nNP"))
print(struct.pack("@bh", 1, 2), struct.pack("=bh", 1, 2), struct.pack("<2i 3h", 1, 2, 3, 4, 5).hex())
print(struct.pack("<Q", 2 ** 63), struct.unpack("<Q", b"\xff" * 8), struct.unpack("<q", b"\xff" * 8))
print(struct.pack(b"<H", 258), struct.Struct(b">I").format, struct.pack("<d", 2 ** 70), struct.pack("<i", True))


class Port:
    def __index__(self):
        return 8080


print(struct.pack(">H", Port()))
