# Hex dumps with binascii: hexlify with separators, unhexlify of str and bytes.
import binascii

data = b"\x00\x01\xfeHello"
print(binascii.hexlify(data), binascii.b2a_hex(data), data.hex())
print(binascii.hexlify(data, "-"), binascii.hexlify(data, b":", 2), binascii.hexlify(data, " ", -3))
print(binascii.unhexlify("48656c6c6f"), binascii.a2b_hex(b"DEADbeef"), binascii.unhexlify(""))


def hexdump(blob, width=8):
    for offset in range(0, len(blob), width):
        chunk = blob[offset:offset + width]
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        print(f"{offset:04x}  {binascii.hexlify(chunk, ' ').decode():<{width * 3}} {text}")


hexdump(b"The quick brown fox\x00\x01\x02 jumps")
for bad in [lambda: binascii.unhexlify("abc"), lambda: binascii.unhexlify("zz"), lambda: binascii.hexlify("text"),
            lambda: binascii.hexlify(b"ab", "--"), lambda: binascii.unhexlify("é1")]:
    try:
        bad()
    except binascii.Error as e:
        print("binascii.Error:", e)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(issubclass(binascii.Error, ValueError))
