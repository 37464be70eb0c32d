# Building and parsing an IPv4 header with network byte order and the internet checksum.
import _struct as struct

IPV4 = struct.Struct("!BBHHHBBH4s4s")


def checksum(header):
    total = sum(struct.unpack("!%dH" % (len(header) // 2), header))
    while total >> 16:
        total = (total & 0xFFFF) + (total >> 16)
    return ~total & 0xFFFF


def ip(text):
    return bytes(int(part) for part in text.split("."))


def build(src, dst, payload_len, ident, ttl=64, proto=6):
    fields = [(4 << 4) | 5, 0, 20 + payload_len, ident, 0x4000, ttl, proto, 0, ip(src), ip(dst)]
    header = IPV4.pack(*fields)
    fields[7] = checksum(header)
    return IPV4.pack(*fields)


pkt = build("192.168.1.10", "10.0.0.1", 32, 0x1C46)
print(pkt.hex(), len(pkt), IPV4.size, checksum(pkt))
ver_ihl, tos, length, ident, frag, ttl, proto, csum, src, dst = IPV4.unpack(pkt)
print(ver_ihl >> 4, (ver_ihl & 15) * 4, length, hex(ident), frag >> 13, ttl, proto, hex(csum))
print(".".join(map(str, src)), ".".join(str(b) for b in dst))
tcp_ports = struct.pack("!HH", 51234, 443)
print(struct.unpack("!HH", tcp_ports), struct.unpack(">I", tcp_ports), struct.unpack("<I", tcp_ports))
