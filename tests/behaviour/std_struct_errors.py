# struct.error and the other exceptions struct raises, with CPython's messages.
import _struct as struct

cases = [
    lambda: struct.pack("i", "a"), lambda: struct.pack("b", 200), lambda: struct.pack("B", -1),
    lambda: struct.pack("h", 70000), lambda: struct.pack("<H", -1), lambda: struct.pack("i", 2 ** 31),
    lambda: struct.pack("<I", 2 ** 33), lambda: struct.pack("I", -1), lambda: struct.pack("<l", 2 ** 31),
    lambda: struct.pack("<L", -1), lambda: struct.pack("q", 2 ** 63), lambda: struct.pack("Q", -1),
    lambda: struct.pack("<b", 2 ** 70), lambda: struct.pack("i", 1, 2), lambda: struct.pack("ii", 1),
    lambda: struct.pack("x", 1), lambda: struct.unpack("i", b"ab"), lambda: struct.calcsize("z"),
    lambda: struct.calcsize("3"), lambda: struct.pack("<n", 1), lambda: struct.pack("c", b"ab"),
    lambda: struct.pack("c", 5), lambda: struct.pack("3s", "ab"), lambda: struct.pack("p", 1),
    lambda: struct.pack("i", 1.5), lambda: struct.pack("d", "x"), lambda: struct.pack("<e", 1e6),
    lambda: struct.pack("<f", 1e300), lambda: struct.unpack_from("i", b"abc", 2),
    lambda: struct.unpack_from("<i", b"abcdefgh", -20), lambda: struct.pack_into("<i", bytearray(2), 0, 1),
    lambda: struct.pack_into("<i", bytearray(8), 6, 1), lambda: struct.pack_into("<i", b"12345678", 0, 1),
    lambda: struct.iter_unpack("i", b"abc"), lambda: struct.Struct(5), lambda: struct.unpack("<h", "ab"),
    lambda: struct.pack(" <i", 1),
]
for f in cases:
    try:
        print(f())
    except struct.error as e:
        print("struct.error:", e)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(struct.error.__name__, struct.error.__module__, issubclass(struct.error, Exception))
