# Checksums: CRC-32 for file integrity (incrementally too) and CRC-CCITT.
import binascii

payload = b"The quick brown fox jumps over the lazy dog"
print(binascii.crc32(payload), hex(binascii.crc32(payload)), binascii.crc32(b""))
crc = 0
for chunk in [payload[i:i + 10] for i in range(0, len(payload), 10)]:
    crc = binascii.crc32(chunk, crc)
print(crc == binascii.crc32(payload), binascii.crc32(b"hello", 5), binascii.crc32(b"x", -1), binascii.crc32(b"x", 2 ** 40))
print(binascii.crc_hqx(b"123456789", 0xFFFF), binascii.crc_hqx(b"123456789", 0), binascii.crc_hqx(b"", 0x1234))


def frame(message):
    body = message.encode()
    return body + binascii.crc32(body).to_bytes(4, "big")


def check(blob):
    body, tail = blob[:-4], blob[-4:]
    return binascii.crc32(body) == int.from_bytes(tail, "big")


good = frame("temperature=21.5")
bad = b"temperature=31.5" + good[-4:]
print(good.hex(), check(good), check(bad))
try:
    binascii.crc32("text")
except TypeError as e:
    print("TypeError:", e)
