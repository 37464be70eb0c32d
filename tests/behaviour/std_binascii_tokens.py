# Session tokens: a struct-packed record, a CRC, base64 for transport, then verified back.
import _struct as struct
import binascii

RECORD = struct.Struct(">IHB")


def make_token(user_id, perms, version=1):
    body = RECORD.pack(user_id, perms, version)
    crc = binascii.crc32(body)
    return binascii.b2a_base64(body + struct.pack(">I", crc), newline=False).decode()


def read_token(token):
    raw = binascii.a2b_base64(token)
    body, (crc,) = raw[:RECORD.size], struct.unpack(">I", raw[RECORD.size:])
    if binascii.crc32(body) != crc:
        raise ValueError("token checksum mismatch")
    return RECORD.unpack(body)


tok = make_token(4242, 0b1011)
print(tok, read_token(tok))
tampered = binascii.b2a_base64(binascii.a2b_base64(tok)[:3] + b"\x99" + binascii.a2b_base64(tok)[4:], newline=False)
try:
    read_token(tampered.decode())
except ValueError as e:
    print("rejected:", e)
print(binascii.hexlify(binascii.a2b_base64(tok), ":"), binascii.crc_hqx(tok.encode(), 0))
