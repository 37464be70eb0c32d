# Building a packet in a preallocated bytearray with pack_into, then reading it back.
import _struct as struct

buf = bytearray(16)
struct.pack_into(">HH", buf, 0, 0xCAFE, 12)
struct.pack_into(">I", buf, 4, 0xDEADBEEF)
struct.pack_into("<d", buf, 8, 2.5)
print(buf.hex(), len(buf))
print(struct.unpack_from(">HH", buf), struct.unpack_from(">I", buf, 4), struct.unpack_from("<d", buf, 8))
struct.pack_into("<b", buf, -1, -1)
print(buf[-2:], struct.unpack_from("<b", buf, -1))
point = struct.Struct("<ff")
coords = bytearray(point.size * 3)
for i, (x, y) in enumerate([(1.0, 2.0), (3.5, -4.25), (0.0, 1e-3)]):
    point.pack_into(coords, i * point.size, x, y)
print([tuple(round(v, 6) for v in p) for p in point.iter_unpack(coords)])
it = point.iter_unpack(coords)
print(next(it), it.__length_hint__())
