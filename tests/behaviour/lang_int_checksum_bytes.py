# A packet checksum built with to_bytes/from_bytes, as network code does it.
def checksum(payload: bytes) -> int:
    total = 0
    for i in range(0, len(payload), 2):
        chunk = payload[i:i + 2]
        if len(chunk) < 2:
            chunk += b"\0"
        word = int.from_bytes(chunk, "big")
        total += word
        total = (total & 0xFFFF) + (total >> 16)
    return ~total & 0xFFFF


def build_packet(seq, payload):
    header = seq.to_bytes(4, "big") + len(payload).to_bytes(2, "little")
    body = header + payload
    return body + checksum(body).to_bytes(2, "big")


pkt = build_packet(1234567, b"ping from client")
print(pkt.hex())
print(int.from_bytes(pkt[:4], "big"), int.from_bytes(pkt[4:6], "little"))
print("checksum ok:", checksum(pkt[:-2]) == int.from_bytes(pkt[-2:], "big"))

uuid_like = int.from_bytes(bytes(range(16)), "big")
print(uuid_like, hex(uuid_like))
print(uuid_like.to_bytes(16, "little").hex())
print(int.from_bytes(b"\xff" * 20, "big", signed=True))
print((-2**100).to_bytes(13, "big", signed=True).hex())
print(int.from_bytes([1, 0, 0, 0, 0, 0, 0, 0, 0], "little"), int.from_bytes(b"\x01" + bytes(9)))
print((2**64).to_bytes(9, byteorder="big"), (5).to_bytes())
for args in [(2**64, 8, "big", False), (-1, 4, "big", False), (128, 1, "big", True), (1, -1, "big", False)]:
    value, length, order, signed = args
    try:
        value.to_bytes(length, order, signed=signed)
    except (OverflowError, ValueError) as exc:
        print(type(exc).__name__, exc)
try:
    (1).to_bytes(2, "middle")
except ValueError as exc:
    print(exc)
