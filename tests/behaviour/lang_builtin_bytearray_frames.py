# A length-prefixed frame protocol built on bytearray, as a network
# protocol buffer does: append incoming data, cut whole frames off the front.
class FrameBuffer:
    def __init__(self):
        self.buf = bytearray()

    def feed(self, data):
        self.buf.extend(data)
        frames = []
        while len(self.buf) >= 2:
            size = self.buf[0] << 8 | self.buf[1]
            if len(self.buf) < 2 + size:
                break
            frames.append(bytes(self.buf[2:2 + size]))
            del self.buf[:2 + size]
        return frames


def frame(payload):
    out = bytearray(2)
    out[0], out[1] = len(payload) >> 8, len(payload) & 0xFF
    out += payload
    return out


fb = FrameBuffer()
wire = frame(b"hello") + frame(b"") + frame("héllo".encode())
print(wire, len(wire))
print(fb.feed(wire[:4]), fb.buf)
print(fb.feed(wire[4:]), fb.buf)

ba = bytearray(b"abc")
ba.append(100)
ba.insert(0, 90)
print(ba, ba.pop(), ba.pop(0), ba, len(ba))
ba[1:2] = b"XYZ"
print(ba, ba[0], ba[-1], ba[::2], b"Y" in ba, 89 in ba)
ba.reverse()
print(ba, ba.upper(), ba.find(b"Z"), ba.count(b"Y"), ba.hex(), ba.decode())
print(ba.split(b"Y"), ba.startswith(b"c"), ba == b"cZYXa", bytearray(b"a") < b"b")
print(bytearray(3), bytearray([1, 2, 255]), bytearray("ok", "ascii"), list(bytearray(b"hi")))
copy = ba.copy()
copy.clear()
print(copy, ba, bytearray(b"ab") * 2)
ba.remove(ord("Z"))
del ba[0]
print(ba, bytes(ba), type(ba).__name__)
for bad in (lambda: ba.append(256), lambda: bytearray([300]), lambda: ba.remove(7),
            lambda: bytearray("x"), lambda: hash(ba), lambda: ba[10]):
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
